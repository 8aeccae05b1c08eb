#!/usr/bin/env python3
"""Set up the Hugo half of the Rolebook benchmark (untimed setup).

    python3 Benchmarks/hugo-stubs.py SRC_ROOT HUGO_DIR

SRC_ROOT is a Rolebook root (the folder holding content/, e.g. the output of
`rolebook generate-sample`). HUGO_DIR is created (emptied first if it holds an
earlier setup) as a Hugo project:

  HUGO_DIR/config.toml, HUGO_DIR/layouts   symlinks to Benchmarks/hugo/ (committed, reviewed)
  HUGO_DIR/static/assets/style.css         the default theme's stylesheet, as Rolebook copies it
  HUGO_DIR/data/                           the data, unchanged in meaning:
      site.json, contacts.json             from site.yaml, contacts.yaml
      roles/<role-set>.json                one role set per file (converted from YAML)
      resellers/<id>.json                  one reseller per file
      companies/<id>.json                  one company per file, as-is (YAML companies converted)
      people/<name>.json                   people lists not owned by a company, as-is
  HUGO_DIR/content/                        the guides' Markdown, copied, plus one front-matter-only
                                           stub per page that Rolebook writes

Hugo 0.111 has no content adapters, so this page fan-out (one stub per company, contract,
contract x role, person, guide x role, ...) is setup that the benchmark does not time. The
stubs carry only the page type and the ids the page is about; every fact on a page is looked up
by the templates in Benchmarks/hugo/layouts from the data files.

Then build with:  hugo --source HUGO_DIR --destination OUT --quiet
"""

import json
import os
import shutil
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("hugo-stubs.py needs PyYAML (Debian: apt-get install python3-yaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
HUGO_TEMPLATES = os.path.join(HERE, "hugo")


def load(path):
    with open(path, encoding="utf-8") as handle:
        if path.endswith(".json"):
            return json.load(handle)
        return yaml.safe_load(handle)


def data_files(folder):
    """Data files of a content folder, sorted by name: (id-from-file-name, path)."""
    if not os.path.isdir(folder):
        return []
    found = []
    for name in sorted(os.listdir(folder)):
        stem, ext = os.path.splitext(name)
        if ext in (".yaml", ".yml", ".json"):
            found.append((stem, os.path.join(folder, name)))
    return found


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(value, handle, ensure_ascii=False, default=str)  # YAML dates -> "YYYY-MM-DD"


def stub(content, rel_path, **front):
    """A content file with front matter only (YAML), at content/<rel_path>."""
    path = os.path.join(content, rel_path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = ["---"]
    for key, value in front.items():
        lines.append(f"{key}: {json.dumps(value, default=str)}")
    lines.append("---")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def split_front_matter(text):
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    front = yaml.safe_load(text[3:end]) or {}
    return front, text[end + 4:].lstrip("\n")


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    src_root, hugo_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    src = os.path.join(src_root, "content")
    if not os.path.isfile(os.path.join(src, "site.yaml")):
        sys.exit(f"{src}/site.yaml not found: SRC_ROOT must hold a Rolebook content/ folder")

    if os.path.exists(hugo_dir):
        if os.listdir(hugo_dir) and not os.path.isdir(os.path.join(hugo_dir, "data")):
            sys.exit(f"{hugo_dir} exists and is not an earlier Hugo setup; refusing to empty it")
        shutil.rmtree(hugo_dir)
    os.makedirs(hugo_dir)
    data = os.path.join(hugo_dir, "data")
    content = os.path.join(hugo_dir, "content")

    # The committed config and layouts, linked so a reviewer's edit is what gets built.
    os.symlink(os.path.join(HUGO_TEMPLATES, "config.toml"), os.path.join(hugo_dir, "config.toml"))
    os.symlink(os.path.join(HUGO_TEMPLATES, "layouts"), os.path.join(hugo_dir, "layouts"))
    css = os.path.join(src_root, "themes", "default", "assets", "style.css")
    if not os.path.isfile(css):
        css = os.path.join(HERE, "..", "themes", "default", "assets", "style.css")
    os.makedirs(os.path.join(hugo_dir, "static", "assets"))
    shutil.copy(css, os.path.join(hugo_dir, "static", "assets", "style.css"))

    # ---- data -------------------------------------------------------------------------------
    write_json(os.path.join(data, "site.json"), load(os.path.join(src, "site.yaml")))
    contacts = os.path.join(src, "contacts.yaml")
    write_json(os.path.join(data, "contacts.json"), load(contacts) if os.path.isfile(contacts) else {"topics": []})

    role_sets = {}
    for stem, path in data_files(os.path.join(src, "roles")):
        role_set = load(path)
        role_sets[role_set["id"]] = role_set
        write_json(os.path.join(data, "roles", role_set["id"] + ".json"), role_set)

    for stem, path in data_files(os.path.join(src, "resellers")):
        reseller = load(path)
        write_json(os.path.join(data, "resellers", reseller["id"] + ".json"), reseller)

    companies = []
    for stem, path in data_files(os.path.join(src, "companies")):
        target = os.path.join(data, "companies")
        os.makedirs(target, exist_ok=True)
        company = load(path)
        # Keyed by id, so that `index site.Data.companies $id` finds it.
        if path.endswith(".json") and stem == company["id"]:
            shutil.copy(path, os.path.join(target, company["id"] + ".json"))
        else:
            write_json(os.path.join(target, company["id"] + ".json"), company)
        companies.append(company)

    outside_people = []
    for stem, path in data_files(os.path.join(src, "people")):
        people = load(path) or []
        write_json(os.path.join(data, "people", stem + ".json"), people)
        outside_people += people

    # The templates look a company's people up in its own file, and people not owned by a company
    # (consultants) in data/people/. Rolebook allows a company's person to hold roles in another
    # company too; the generated data never does it, and the templates would not show it.
    owner = {p["id"]: c["id"] for c in companies for p in c.get("people", [])}
    for company in companies:
        for contract in company.get("contracts", []):
            units = [contract] + contract.get("assets", [])
            for unit in units:
                for assignment in unit.get("assignments", []):
                    other = owner.get(assignment["person"])
                    if other is not None and other != company["id"]:
                        print(f"warning: {assignment['person']} of {other} holds a role in {company['id']}; "
                              "the Hugo person page will not list it", file=sys.stderr)

    # ---- content: guides as they are, then one stub per page ---------------------------------
    guides = []
    for name in sorted(os.listdir(os.path.join(src, "guides"))):
        if not name.endswith(".md"):
            continue
        guide_id = name[:-3]
        source = os.path.join(src, "guides", name)
        target = os.path.join(content, "guides", name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy(source, target)
        with open(source, encoding="utf-8") as handle:
            front, _ = split_front_matter(handle.read())
        guides.append((guide_id, front))

    stub(content, "_index.md")  # home
    stub(content, "lists/people.md", type="people", url="/people/index.html")
    stub(content, "lists/guides.md", type="guidelist", url="/guides/index.html")
    stub(content, "lists/roles.md", type="roles", url="/roles/index.html")
    stub(content, "lists/authors.md", type="authors", url="/authors/index.html")

    for set_id in sorted(role_sets):
        for role in role_sets[set_id]["roles"]:
            stub(content, f"roles/{set_id}/{role['id']}.md", type="role", role_set=set_id, role=role["id"])

    for company in companies:
        cid = company["id"]
        stub(content, f"companies/{cid}.md", type="company", company=cid)
        stub(content, f"companies/{cid}/contacts.md", type="contacts", company=cid)
        for contract in company.get("contracts", []):
            kid = contract["id"]
            stub(content, f"contracts/{kid}.md", type="contract", company=cid, contract=kid)
            for role in role_sets[contract["role_set"]]["roles"]:
                stub(content, f"contracts/{kid}/{role['id']}.md", type="contractrole", company=cid, contract=kid,
                     role=role["id"])
        for person in company.get("people", []):
            stub(content, f"people/{person['id']}.md", type="person", person=person["id"], company=cid)
    for person in outside_people:
        stub(content, f"people/{person['id']}.md", type="person", person=person["id"])

    for guide_id, front in guides:
        stub(content, f"authors/{guide_id}.md", type="review", guide=guide_id)
        for set_id in front.get("role_sets") or sorted(role_sets):
            for role in role_sets[set_id]["roles"]:
                stub(content, f"guides/{guide_id}/{set_id}/{role['id']}.md", type="guiderole", guide=guide_id,
                     role_set=set_id, role=role["id"])

    pages = sum(len(files) for _, _, files in os.walk(content))
    print(f"Hugo project in {hugo_dir}: {pages} content files, {len(companies)} companies")


if __name__ == "__main__":
    main(sys.argv)
