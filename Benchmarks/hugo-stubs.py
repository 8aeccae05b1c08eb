#!/usr/bin/env python3
"""Set up the Hugo half of the Rolebook benchmark (untimed setup).

    python3 Benchmarks/hugo-stubs.py SRC_ROOT HUGO_DIR

SRC_ROOT is a Rolebook root (the folder holding content/, e.g. the output of
`rolebook generate-sample`). HUGO_DIR is created (emptied first if it holds an earlier setup) as a
Hugo project:

  HUGO_DIR/config.toml, HUGO_DIR/layouts   symlinks to Benchmarks/hugo/ (committed, reviewed)
  HUGO_DIR/static/assets/                  the default theme's style.css and search.js, as Rolebook copies them
  HUGO_DIR/data/                           the data, unchanged in meaning:
      site.json, contacts.json             from site.yaml, contacts.yaml
      roles/<role-set>.json                one role set per file (converted from YAML)
      resellers/<id>.json                  one reseller per file
      companies/<id>.json                  one company per file, as generate-sample writes it
      people/<name>.json                   people not owned by a company (consultants)
      guides/<id>.json                     a guide's front matter, and its Markdown split by reader
  HUGO_DIR/content/                        one front-matter-only stub per page Rolebook writes

Hugo 0.111 has no content adapters, so the page fan-out (one stub per company, contract,
contract x role, person, index page, ...) is setup that the benchmark does not time. A stub
carries only its path, the page type and the ids or index key it is about: every fact on a page,
and the order and split of every A-Z index, is computed by the templates in Benchmarks/hugo/layouts
from the data files. (Which A-Z pages exist depends on the data, so this script sorts names to know
which stubs to write; the templates sort again to fill them.)

One more piece of untimed setup: a guide's audience markers (`<!-- for: ... -->`, `<!-- on: ... -->`)
are resolved here into one Markdown text per reader and kind of page, and one with the conditional
blocks boxed for reviewers. That is constant work (eight guides); Hugo still renders every variant
with goldmark and fills in each contract's values when it builds.

Then build with:  hugo --source HUGO_DIR --destination OUT --quiet
"""

import json
import os
import re
import shutil
import sys
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("hugo-stubs.py needs PyYAML (Debian: apt-get install python3-yaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
HUGO_TEMPLATES = os.path.join(HERE, "hugo")
PEOPLE_PER_PAGE = 200
COMPANIES_PER_PAGE = 100


def load(path):
    with open(path, encoding="utf-8") as handle:
        if path.endswith(".json"):
            return json.load(handle)
        return yaml.safe_load(handle)


def data_files(folder):
    if not os.path.isdir(folder):
        return []
    return [(os.path.splitext(n)[0], os.path.join(folder, n)) for n in sorted(os.listdir(folder))
            if os.path.splitext(n)[1] in (".yaml", ".yml", ".json")]


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(value, handle, ensure_ascii=False, default=str)  # YAML dates -> "YYYY-MM-DD"


def stub(content, rel_path, url, **front):
    """A content file with JSON front matter only, rendered at `url` (relative to the output root)."""
    path = os.path.join(content, rel_path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    front["url"] = "/" + url
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(front) + "\n")


# ---- Texts given per language: resolved to the site's default language ------------------------

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$", re.I)


def site_language(site):
    """The site's default language: `language:`, else the first of `languages:`, else English."""
    if site.get("language"):
        return str(site["language"])
    several = site.get("languages")
    several = [several] if isinstance(several, str) else (several or [])
    return str(several[0]) if several else "en"


def per_language(value):
    return isinstance(value, dict) and value and all(LANGUAGE_CODE.match(str(k)) for k in value)


def localized(value, language, exact=False):
    """A text given once or per language ({en: ..., de: ...}), read as Rolebook reads it for the
    default language: its value (a gloss: only its own), else the first given."""
    if not per_language(value):
        return value
    if language in value:
        return value[language]
    return None if exact else next(iter(value.values()))


def localize(record, fields, language, exact=()):
    for field in fields:
        if field in record:
            value = localized(record[field], language, field in exact)
            if value is None:
                del record[field]
            else:
                record[field] = value


def localize_role_set(role_set, language):
    localize(role_set, ("name", "description"), language)
    for role in role_set.get("roles") or []:
        localize(role, ("name", "long_name", "gloss", "summary", "capabilities", "notifications", "duties"),
                 language, exact=("gloss",))


def split_front_matter(text):
    end = text.find("\n---", 3)
    return yaml.safe_load(text[3:end]) or {}, text[end + 4:].lstrip("\n")


# ---- A-Z pages: which exist (the templates compute what they show) ---------------------------

def sort_key(label):
    folded = unicodedata.normalize("NFKD", label.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def letter(label):
    key = sort_key(label).lstrip()
    first = key[:1].upper()
    return first if len(first) == 1 and "A" <= first <= "Z" else "#"


def az_order(labels):
    keyed = [(("0" if letter(l) == "#" else "1") + sort_key(l), l, i) for i, l in enumerate(labels)]
    return [i for _, _, i in sorted(keyed)]


def az_pages(sorted_labels, limit):
    """Page keys of an A-Z index, [] when one page shows it all."""
    if len(sorted_labels) <= limit:
        return []
    counts = {}
    order = []
    for label in sorted_labels:
        l = letter(label)
        if l not in counts:
            order.append(l)
            counts[l] = 0
        counts[l] += 1
    keys = []
    for l in order:
        slug = "other" if l == "#" else l.lower()
        parts = (counts[l] + limit - 1) // limit
        keys += [slug if parts == 1 else f"{slug}-{p + 1}" for p in range(parts)]
    return keys


# ---- Guides: audience markers resolved into one Markdown text per reader ---------------------

MARKER = re.compile(r"^<!--\s*(.*?)\s*-->\s*$")
ITEM_MARKER = re.compile(r"^(\s*)(\d+[.)]|[-*+])(\s+)<!--\s*(.*?)\s*-->\s*$")
ITEM = re.compile(r"^(\s*)(\d+[.)]|[-*+])\s")


def norm(name):
    """How role names are compared (RoleSet.normalized): lower case, spaces as hyphens."""
    return name.lower().replace(" ", "-")


def named(role, name):
    return norm(name) == norm(role["name"]) or norm(name) in [norm(n) for n in role.get("other_names") or []]


def read_marker(text):
    if text == "end":
        return ("end", None)
    if text.startswith("for:"):
        names = [n.strip() for n in text[4:].split(",") if n.strip()]
        return ("everyone", None) if names == ["everyone-else"] else ("for", names)
    if text.startswith("on:"):
        return ("on", text[3:].strip())
    return None


class Guide:
    def __init__(self, body, role_sets):
        self.role_sets = role_sets
        self.all_keys = [(s["id"], r["id"]) for s in role_sets for r in s["roles"]]
        self.chunks = self.plan(body.split("\n"))

    def resolve(self, name):
        by_id = {(s["id"], r["id"]) for s in self.role_sets for r in s["roles"] if r["id"] == name}
        if by_id:
            return by_id
        return {(s["id"], r["id"]) for s in self.role_sets for r in s["roles"] if named(r, name)}

    def label(self, keys):
        names = []
        for s in self.role_sets:
            for r in s["roles"]:
                if (s["id"], r["id"]) in keys and r["name"] not in names:
                    names.append(r["name"])
        return ", ".join(names)

    def plan(self, lines):
        """Chunks of lines with the readers (None: all) and kinds of page (None: all) that see them."""
        chunks = []
        groups = []  # dicts: kind, named, current, page
        item = None  # an item-level marker: (readers, pages, indent)
        for line in lines:
            marker = MARKER.match(line)
            if marker and read_marker(marker.group(1)):
                kind, arg = read_marker(marker.group(1))
                if kind == "end":
                    if groups:
                        groups.pop()
                elif kind in ("for", "everyone"):
                    if not groups or groups[-1]["kind"] != "audience":
                        groups.append({"kind": "audience", "named": set(), "current": None, "page": None})
                    g = groups[-1]
                    keys = set(self.all_keys) - g["named"] if kind == "everyone" else \
                        set().union(*[self.resolve(n) for n in arg])
                    g["named"] |= keys if kind == "for" else set(self.all_keys)
                    g["current"] = keys
                else:
                    if not groups or groups[-1]["kind"] != "page":
                        groups.append({"kind": "page", "named": set(), "current": None, "page": None})
                    groups[-1]["page"] = arg
                chunks.append(("marker", None, None, ""))
                item = None
                continue
            readers = None
            pages = None
            for g in groups:
                if g["kind"] == "audience" and g["current"] is not None:
                    readers = g["current"] if readers is None else readers & g["current"]
                if g["kind"] == "page" and g["page"]:
                    pages = {g["page"]} if pages is None else pages & {g["page"]}
            im = ITEM_MARKER.match(line)
            if im:
                kind, arg = read_marker(im.group(4)) or (None, None)
                keys = set(self.all_keys) if kind != "for" else set().union(*[self.resolve(n) for n in arg])
                item = (keys if readers is None else readers & keys, pages, len(im.group(1) + im.group(2) + im.group(3)),
                        im.group(1) + im.group(2) + " ")
                chunks.append(("item", item[0], item[1], item[3]))
                continue
            if item is not None:
                if ITEM.match(line) and len(ITEM.match(line).group(1)) < item[2] or \
                        (line.strip() and len(line) - len(line.lstrip()) < item[2]):
                    item = None
                else:
                    chunks.append(("itemline", item[0], item[1], line))
                    continue
            chunks.append(("line", readers, pages, line))
        return chunks

    def text(self, key=None, page=None):
        """The Markdown one reader sees on one kind of page."""
        out = []
        pending_item = None
        for kind, readers, pages, line in self.chunks:
            shown = (readers is None or key in readers) and (pages is None or page in pages)
            if kind == "marker":
                continue
            if kind == "item":
                pending_item = line if shown else False
                continue
            if kind == "itemline":
                if pending_item is False:
                    continue
                if pending_item:
                    out.append(pending_item + line.strip())
                    pending_item = None
                else:
                    out.append(line)
                continue
            pending_item = None
            if shown:
                out.append(line)
        return squeeze("\n".join(out))

    def flagged(self, page=None, with_pages=True):
        """Every block, each conditional run boxed with the readers (and kind of page) it is for."""
        out = []
        open_label = None
        pending_item = None
        for kind, readers, pages, line in self.chunks:
            if kind == "marker":
                continue
            if page is not None and pages is not None and page not in pages:
                continue
            label = None
            if readers is not None:
                label = "For: " + self.label(readers)
            if with_pages and pages is not None:
                only = "only on contract pages" if pages == {"contract"} else "only on pages without a contract"
                label = f"{label}; {only}" if label else only[0].upper() + only[1:]
            if kind == "itemline":
                if pending_item is not None:
                    pending_item[2].append(line)
                else:
                    out.append(line)
                continue
            flush_item(out, pending_item, open_label)
            pending_item = None
            if kind == "item":
                pending_item = (line, label, [])
                continue
            if not line.strip():
                out.append(line)
                continue
            if label != open_label:
                if open_label:
                    out.append("")
                    out.append("</div>")
                    out.append("")
                if label:
                    out.append(f'<div class="audience-block"><p class="audience-flag">{label}</p>')
                    out.append("")
                open_label = label
            out.append(line)
        flush_item(out, pending_item, open_label)
        if open_label:
            out.append("")
            out.append("</div>")
        return squeeze("\n".join(out))


def flush_item(out, item, open_label):
    """A list item whose first line was a marker, boxed when its readers differ from the block's."""
    if item is None:
        return
    prefix, label, lines = item
    pad = " " * len(prefix)
    text = [l.strip() for l in lines]
    if label and label != open_label:
        out.append(prefix + f'<div class="audience-block"><p class="audience-flag">{label}</p>')
        out.append("")
        out += [pad + t for t in text]
        out.append("")
        out.append(pad + "</div>")
    else:
        out.append(prefix + text[0])
        out += [pad + t for t in text[1:]]


def squeeze(text):
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def guide_data(guide_id, source, role_sets_by_id):
    with open(source, encoding="utf-8") as handle:
        front, body = split_front_matter(handle.read())
    sets = [role_sets_by_id[s] for s in (front.get("role_sets") or sorted(role_sets_by_id))]
    guide = Guide(body, sets)
    variants = {}
    for set_id, role_id in guide.all_keys:
        variants[f"{set_id}/{role_id}"] = {
            "generic": guide.text((set_id, role_id), "generic"),
            "contract": guide.text((set_id, role_id), "contract"),
        }
    has_pages = any(pages is not None for _, _, pages, _ in guide.chunks)
    tailored = any(readers is not None for _, readers, _, _ in guide.chunks)
    resolved = {}
    for field in ("roles", "performers"):
        names = front.get(field) or []
        resolved[field] = [f"{s}/{r}" for name in names for s, r in sorted(guide.resolve(name))]
    ask = (front.get("instead") or {}).get("ask")
    asks = [ask] if isinstance(ask, str) else (ask or [])
    # One role per role set, its id first: RoleSet.role(named:).
    per_set = {}
    for name in asks:
        for s in sets:
            if s["id"] in per_set:
                continue
            hit = [r for r in s["roles"] if r["id"] == name] or [r for r in s["roles"] if named(r, name)]
            if hit:
                per_set[s["id"]] = f"{s['id']}/{hit[0]['id']}"
    resolved["ask"] = [per_set[s["id"]] for s in sets if s["id"] in per_set]
    return front, {
        "id": guide_id, "title": front.get("title"), "summary": front.get("summary"),
        "kind": front.get("kind", "guide"), "order": front.get("order", 0),
        "role_sets": [s["id"] for s in sets], "explicit_role_sets": bool(front.get("role_sets")),
        "roles": resolved["roles"], "performers": resolved["performers"], "ask": resolved["ask"],
        "when": front.get("when") or {}, "preconditions": front.get("preconditions") or [],
        "changes": front.get("changes") or [], "say_to": (front.get("instead") or {}).get("say_to", "holder"),
        "say": (front.get("instead") or {}).get("say"), "fallback": front.get("fallback"),
        "tailored": tailored, "variants": variants,
        "flagged": guide.flagged(), "flagged_generic": guide.flagged("generic", with_pages=False) if has_pages else None,
    }


# ---- The project --------------------------------------------------------------------------------

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

    os.symlink(os.path.join(HUGO_TEMPLATES, "config.toml"), os.path.join(hugo_dir, "config.toml"))
    os.symlink(os.path.join(HUGO_TEMPLATES, "layouts"), os.path.join(hugo_dir, "layouts"))
    theme = os.path.join(src_root, "themes", "default", "assets")
    if not os.path.isdir(theme):
        theme = os.path.join(HERE, "..", "themes", "default", "assets")
    os.makedirs(os.path.join(hugo_dir, "static", "assets"))
    for name in ("style.css", "search.js"):
        shutil.copy(os.path.join(theme, name), os.path.join(hugo_dir, "static", "assets", name))

    site = load(os.path.join(src, "site.yaml"))
    language = site_language(site)
    localize(site, ("title",), language)
    write_json(os.path.join(data, "site.json"), site)
    contacts = load(os.path.join(src, "contacts.yaml"))
    for topic in contacts.get("topics") or []:
        localize(topic, ("name",), language)
    write_json(os.path.join(data, "contacts.json"), contacts)
    role_sets = {}
    for _, path in data_files(os.path.join(src, "roles")):
        role_set = load(path)
        localize_role_set(role_set, language)
        role_sets[role_set["id"]] = role_set
        write_json(os.path.join(data, "roles", role_set["id"] + ".json"), role_set)
    for _, path in data_files(os.path.join(src, "resellers")):
        reseller = load(path)
        write_json(os.path.join(data, "resellers", reseller["id"] + ".json"), reseller)
    companies = []
    for stem, path in data_files(os.path.join(src, "companies")):
        company = load(path)
        target = os.path.join(data, "companies", company["id"] + ".json")
        if path.endswith(".json") and stem == company["id"]:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy(path, target)
        else:
            write_json(target, company)
        companies.append(company)
    outside = []
    for stem, path in data_files(os.path.join(src, "people")):
        people = load(path) or []
        write_json(os.path.join(data, "people", stem + ".json"), people)
        outside += people

    guides = []
    for name in sorted(os.listdir(os.path.join(src, "guides"))):
        # `<id>.<language>.md` is a translation, read only for that language's pages.
        if name.endswith(".md") and "." not in name[:-3]:
            front, record = guide_data(name[:-3], os.path.join(src, "guides", name), role_sets)
            write_json(os.path.join(data, "guides", name[:-3] + ".json"), record)
            guides.append(record)

    # ---- stubs: one per page, grouped by company so a company's pages render together -----------
    stub(content, "_index.md", "index.html")
    stub(content, "site/guides.md", "guides/index.html", type="guides")
    stub(content, "site/roles.md", "roles/index.html", type="roles")
    stub(content, "site/authors.md", "authors/index.html", type="authors")

    people = [p for c in companies for p in c.get("people", [])] + outside
    seen = set()
    people = [p for p in people if not (p["id"] in seen or seen.add(p["id"]))]
    names = [people[i]["name"] for i in az_order([p["name"] for p in people])]
    for key in [""] + az_pages(names, PEOPLE_PER_PAGE):
        stub(content, f"site/people-{key or 'index'}.md", f"people/index/{key}.html" if key else "people/index.html",
             type="people", key=key)
    by_name = [companies[i] for i in az_order([c["name"] for c in companies])]
    for key in [""] + az_pages([c["name"] for c in by_name], COMPANIES_PER_PAGE):
        stub(content, f"site/contracts-{key or 'index'}.md",
             f"contracts/index/{key}.html" if key else "contracts/index.html", type="contracts", key=key)
    as_of = str(site["as_of"])
    acting = [c["name"] for c in by_name if needs_action(c, role_sets, people, as_of, site)]
    for key in [""] + az_pages(acting, COMPANIES_PER_PAGE):
        stub(content, f"site/actions-{key or 'index'}.md", f"actions/{key}.html" if key else "actions/index.html",
             type="actions", key=key)
    for set_id, role_set in role_sets.items():
        for role in role_set["roles"]:
            held = [c["name"] for c in by_name if holds(c, set_id, role)]
            for key in [""] + az_pages(held, COMPANIES_PER_PAGE):
                path = f"roles/{set_id}/{role['id']}/{key}.html" if key else f"roles/{set_id}/{role['id']}.html"
                stub(content, f"site/role-{set_id}-{role['id']}-{key or 'index'}.md", path, type="role",
                     set=set_id, role=role["id"], key=key)
    for g in guides:
        stub(content, f"site/guide-{g['id']}.md", f"guides/{g['id']}.html", type="guide", guide=g["id"])
        stub(content, f"site/review-{g['id']}.md", f"authors/{g['id']}.html", type="review", guide=g["id"])
        for key in sorted(g["variants"]):
            set_id, role_id = key.split("/")
            stub(content, f"site/guide-{g['id']}-{set_id}-{role_id}.md", f"guides/{g['id']}/{key}.html",
                 type="guide", guide=g["id"], set=set_id, role=role_id)

    placed = set()
    for c in companies:
        cid = c["id"]
        folder = f"c/{cid}"
        stub(content, f"{folder}/company.md", f"companies/{cid}.html", type="company", company=cid)
        stub(content, f"{folder}/contacts.md", f"companies/{cid}/contacts.html", type="contacts", company=cid)
        stub(content, f"{folder}/actions.md", f"companies/{cid}/actions.html", type="companyactions", company=cid)
        for k in c.get("contracts", []):
            kid = k["id"]
            stub(content, f"{folder}/k-{kid}.md", f"contracts/{kid}.html", type="contract", company=cid, contract=kid)
            for role in role_sets[k["role_set"]]["roles"]:
                stub(content, f"{folder}/k-{kid}-{role['id']}.md", f"contracts/{kid}/{role['id']}.html",
                     type="contractrole", company=cid, contract=kid, role=role["id"])
        ids = [p["id"] for p in c.get("people", [])]
        for k in c.get("contracts", []):
            for unit in [k] + k.get("assets", []):
                ids += [a["person"] for a in unit.get("assignments", [])]
        for pid in sorted(set(ids)):
            if pid not in placed:
                placed.add(pid)
                stub(content, f"{folder}/p-{pid}.md", f"people/{pid}.html", type="person", person=pid)
    for p in outside:
        if p["id"] not in placed:
            stub(content, f"site/p-{p['id']}.md", f"people/{p['id']}.html", type="person", person=p["id"])

    pages = sum(len(files) for _, _, files in os.walk(content))
    print(f"Hugo project in {hugo_dir}: {pages} content files, {len(companies)} companies")


def holds(company, set_id, role):
    for k in company.get("contracts", []):
        if k["role_set"] != set_id:
            continue
        units = k.get("assets", []) if role["scope"] == "asset" else [k]
        if any(a["role"] == role["id"] for u in units for a in u.get("assignments", [])):
            return True
    return False


def needs_action(company, role_sets, people, as_of, site):
    """Whether the company has anything on its action list (only to know which A-Z pages exist)."""
    from datetime import date
    left = {p["id"] for p in people if p.get("status") == "departed"}
    window = site.get("renewal_window_days", 90)
    today = date.fromisoformat(as_of)
    for k in company.get("contracts", []):
        for u in [k] + k.get("assets", []):
            if any(a["person"] in left for a in u.get("assignments", [])):
                return True
        days = (date.fromisoformat(str(k["end"])) - today).days
        if days < 0 or (days <= window and not k.get("auto_renew", False)):
            return True
        for role in role_sets[k["role_set"]]["roles"]:
            if role.get("stand_in"):
                units = k.get("assets", []) if role["scope"] == "asset" else [k]
                if any(not any(a["role"] == role["id"] for a in u.get("assignments", [])) for u in units):
                    return True
    for role_set in role_sets.values():
        for role in role_set["roles"]:
            limit = role.get("recommended_max_per_company")
            if limit:
                holders = {a["person"] for k in company.get("contracts", []) if k["role_set"] == role_set["id"]
                           for u in [k] + k.get("assets", []) for a in u.get("assignments", [])
                           if a["role"] == role["id"]}
                if len(holders) > limit:
                    return True
    return False


if __name__ == "__main__":
    main(sys.argv)
