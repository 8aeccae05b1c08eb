#!/usr/bin/env python3
"""Writes Autodesk Account-style exports (CSV + sidecar), as a reseller would download them for
several customers: a Subscriptions export and a Users export with a Company column.

    Scripts/generate-exports.py pair [DIR]
        The realistic export pair of the import tests (default DIR:
        Tests/RolebookImportTests/Fixtures/Pair): last-month/ and this-month/, a few hundred rows
        each, with overlays, and between them exactly the changes listed in CHANGES below.
        Deterministic: the same script writes the same bytes.

    Scripts/generate-exports.py bench [--companies N] [--rolebook PATH] [--build] [DIR]
        A site with N companies' exports (default 5,000) in DIR (default a temp folder), then
        `rolebook check` on it, timed, and the same for the JSON sample of N companies that
        `rolebook generate-sample` writes: load time per MB of each. With --build, also one full
        `rolebook build` of each. Not a test: a measurement.

Exports use the newer snake_case Subscriptions columns of domain.md section 2.1 with the older
list's contract_manager_email [A19], and the Users export's inferred columns.
"""
import os, random, shutil, subprocess, sys, tempfile, time, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent

SUBS_HEADER = [
    "Company", "subscription_id", "contract_number", "offering_name", "seat_quantity", "term", "start_date",
    "end_date", "autorenew_date", "subscription_status", "reseller_name", "reseller_email", "Team",
    "contract_manager_email",
]
USERS_HEADER = ["Company", "first_name", "last_name", "email", "role", "Team", "product_name", "last_accessed"]

FIRST = ("Ada Alan Alma Ana Ben Bruno Carla Chen Dana Diego Elena Emil Eva Farah Felix Gita Hana Hugo Ines Ivan "
         "Jana Jonas Kai Kira Lena Leo Lina Luca Maya Milo Nadia Nina Noah Olga Omar Paula Priya Rafael Rosa Sami "
         "Sara Theo Tina Uma Vera Victor Wen Yara Yusuf Zoe").split()
LAST = ("Abbott Baker Bianchi Chen Costa Dubois Eriksen Fischer Garcia Haddad Hughes Ito Jansen Kaur Kowalski "
        "Laine Lopez Moreau Nakamura Novak Okafor Olsen Patel Quinn Rossi Sato Schmidt Silva Tanaka Umarov Varga "
        "Weber Xu Yilmaz Zhang").split()
OFFERINGS = ["AutoCAD - including specialized toolsets", "AutoCAD LT", "Revit", "Civil 3D", "Inventor Professional",
             "Architecture Engineering & Construction Collection", "Product Design & Manufacturing Collection",
             "3ds Max", "Maya", "Navisworks Manage", "Vault Professional", "Fusion"]
RESELLERS = [("Northbridge CAD Solutions", "renewals@northbridge.example.com"),
             ("Summit Design Partners", "orders@summit.example.com")]
COMPANIES = ["Keystone Architects", "Harbor Civil", "Larkspur Studio", "Birchwood Engineering",
             "Cobalt Manufacturing", "Delta Survey Group", "Evergreen Landscapes", "Foundry Works",
             "Granite Structures", "Helix Product Design", "Ironwood Builders", "Juniper Interiors"]


def slug(text):
    out, hyphen = "", False
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            if hyphen and out:
                out += "-"
            out, hyphen = out + ch, False
        else:
            hyphen = True
    return out


def mdy(year, month, day):
    return f"{month:02d}/{day:02d}/{year}"


def csv_line(cells):
    def quote(cell):
        cell = str(cell)
        return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\n\r') else cell
    return ",".join(quote(c) for c in cells)


class World:
    """Companies, people, contracts and roles of one month, made from a seed."""

    def __init__(self, companies, seed, masked_rows=True):
        rng = random.Random(seed)
        self.companies = []
        serial = 70000000
        number = 110000100000
        for index, name in enumerate(companies):
            domain = slug(name).split("-")[0] + ".example.com"
            people = []
            used = set()
            for _ in range(rng.randint(6, 14)):
                while True:
                    first, last = rng.choice(FIRST), rng.choice(LAST)
                    email = f"{first.lower()}.{last.lower()}@{domain}"
                    if email not in used:
                        used.add(email)
                        break
                people.append({"first": first, "last": last, "email": email})
            has_team = index % 3 != 1
            team = f"{name} Design" if has_team else ""
            contracts = []
            for c in range(rng.randint(1, 3)):
                classic = c == 0 or not has_team
                number += rng.randint(1, 9)
                reseller = RESELLERS[index % 2] if classic or c == 2 else ("", "")
                start_month = rng.randint(1, 12)
                start = (2026, start_month, rng.randint(1, 28))
                end_year = 2027 if start_month > 1 else 2026
                end = (end_year + (1 if rng.random() < 0.2 else 0), start_month, start[2])
                subs = []
                for _ in range(rng.randint(1, 6) if classic else 1):
                    serial += rng.randint(1, 50)
                    subs.append({"id": str(serial), "offering": rng.choice(OFFERINGS), "seats": rng.randint(1, 25)})
                contracts.append({
                    "number": str(number) if classic else "", "subs": subs, "term": rng.choice(["Annual", "Annual", "3-Year"]),
                    "start": start, "end": end, "auto": "" if classic else "yes", "reseller": reseller,
                    "team": "" if classic else team, "manager": rng.randrange(len(people)),
                })
            roles = {}
            if has_team:
                roles[0] = "Primary Admin"
                for i in range(1, min(3, len(people))):
                    roles[i] = "Secondary Admin"
                for i in range(3, len(people)):
                    roles[i] = "User"
            self.companies.append({
                "name": name, "id": slug(name), "people": people, "contracts": contracts, "team": team,
                "roles": roles, "masked": (2 if index == 10 else 0) if masked_rows else 0,
            })

    def company(self, name):
        return next(c for c in self.companies if c["name"] == name)

    def subscriptions(self, exclude=()):
        lines = [csv_line(SUBS_HEADER)]
        for company in self.companies:
            if company["name"] in exclude:
                continue
            lines += self.subscription_rows(company)
        return "\n".join(lines) + "\n"

    def subscription_rows(self, company):
        rows = []
        for contract in company["contracts"]:
            manager = company["people"][contract["manager"]]["email"]
            for sub in contract["subs"]:
                end = contract["end"]
                rows.append(csv_line([
                    company["name"], sub["id"], contract["number"], sub["offering"], sub["seats"], contract["term"],
                    mdy(*contract["start"]), "" if contract["auto"] else mdy(*end),
                    mdy(*end) if contract["auto"] else "", contract.get("status", "Active"), contract["reseller"][0],
                    contract["reseller"][1], contract["team"], manager,
                ]))
        return rows

    def users(self):
        lines = [csv_line(USERS_HEADER)]
        for company in self.companies:
            for i, person in enumerate(company["people"]):
                role = company["roles"].get(i, "")
                lines.append(csv_line([
                    company["name"], person["first"], person["last"], person["email"], role,
                    company["team"] if role else "", "AutoCAD", "11/02/2026",
                ]))
            for _ in range(company["masked"]):
                lines.append(csv_line([company["name"], "*****", "*****", "*****", "User", company["team"], "Revit",
                                       "11/02/2026"]))
        return "\n".join(lines) + "\n"


SIDECAR_SUBS = "# What this export is: docs/importing.md.\nformat: autodesk-subscriptions\ndate_format: MM/DD/YYYY\n"
SIDECAR_USERS = "format: autodesk-users\ndate_format: MM/DD/YYYY\n"

# The changes between last month and this month, in the order the test's expected diff lists them
# per company; the diff must give exactly these and nothing else.
CHANGES = """
Keystone Architects: the Contract Manager of its first contract moved to another person
Harbor Civil: its first contract renewed (end one year later)
Larkspur Studio: a new contract (Revit, 5 seats)
Birchwood Engineering: its last contract is gone from the export
Cobalt Manufacturing: its first contract's term changed to 3-Year
Delta Survey Group: one person appeared, one left the users export
Evergreen Landscapes: an overlay marks a person departed
Foundry Works: an overlay gives a subscription a Software Coordinator, and another loses its one
Granite Structures: the primary admin role moved to another person in the users export
Helix Product Design: a contract ended (it stays in the export, status Expired)
Ironwood Builders: one more masked user
Juniper Interiors: its rows moved to an export of their own, and its overlay to another file: no change
"""


def overlays(world, month):
    """Overlays of each month: Contract Managers nobody exports, coordinators, departed people."""
    files = {}
    for company in world.companies:
        lines = [f"company: {company['id']}"]
        people = []
        contracts = []
        if company["name"] == "Evergreen Landscapes" and month == "this":
            person = company["people"][4]
            people.append(f"  - email: {person['email']}\n    status: departed")
        if company["name"] == "Foundry Works":
            first = company["contracts"][0]
            coordinator = company["people"][1]["email"]
            subs = first["subs"]
            entries = []
            if len(subs) > 1 and month == "last":
                entries.append(f"      - id: \"{subs[1]['id']}\"\n        assignments:\n          - role: software-coordinator\n            person: {coordinator}")
            if month == "this":
                entries.append(f"      - id: \"{subs[0]['id']}\"\n        assignments:\n          - role: software-coordinator\n            person: {coordinator}")
            if entries:
                key = first["number"] or first["subs"][0]["id"]
                contracts.append(f"  - id: \"{key}\"\n    assets:\n" + "\n".join(entries))
        if people:
            lines.append("people:\n" + "\n".join(people))
        if contracts:
            lines.append("contracts:\n" + "\n".join(contracts))
        if len(lines) > 1:
            name = f"{company['id']}.yaml"
            if company["name"] == "Juniper Interiors" and month == "this":
                name = "juniper/overlay.yaml"
            files[name] = "\n".join(lines) + "\n"
    # Juniper's overlay exists both months (a title nobody exports), in a file that moves.
    juniper = world.company("Juniper Interiors")
    name = "juniper-interiors.yaml" if month == "last" else "juniper/overlay.yaml"
    files[name] = f"company: juniper-interiors\npeople:\n  - email: {juniper['people'][0]['email']}\n    title: Office manager\n"
    return files


def months():
    last = World(COMPANIES, seed=2026)
    this = World(COMPANIES, seed=2026)
    for world in (last, this):
        # Two subscriptions on Foundry's first contract: one loses its coordinator, one gains one.
        first = world.company("Foundry Works")["contracts"][0]
        if len(first["subs"]) < 2:
            first["subs"].append({"id": "79999801", "offering": "Vault Professional", "seats": 2})
    c = this.company("Keystone Architects")
    c["contracts"][0]["manager"] = (c["contracts"][0]["manager"] + 1) % len(c["people"])
    c = this.company("Harbor Civil")
    y, m, d = c["contracts"][0]["end"]
    c["contracts"][0]["end"] = (y + 1, m, d)
    c = this.company("Larkspur Studio")
    c["contracts"].append({
        "number": "110000199901", "subs": [{"id": "79999901", "offering": "Revit", "seats": 5}], "term": "Annual",
        "start": (2026, 11, 15), "end": (2027, 11, 14), "auto": "", "reseller": RESELLERS[0], "team": "",
        "manager": 0,
    })
    c = this.company("Birchwood Engineering")
    c["contracts"].pop()
    c = this.company("Cobalt Manufacturing")
    c["contracts"][0]["term"] = "3-Year" if c["contracts"][0]["term"] != "3-Year" else "Annual"
    c = this.company("Delta Survey Group")
    # The last person leaves (one who manages no contract) and a new one takes their place in the team.
    assert all(k["manager"] != len(c["people"]) - 1 for k in c["contracts"]), "the person who leaves holds no contract"
    c["people"][-1] = {"first": "Quinn", "last": "Okafor", "email": "quinn.okafor@delta.example.com"}
    c = this.company("Granite Structures")
    c["roles"][0], c["roles"][1] = "Secondary Admin", "Primary Admin"
    c = this.company("Helix Product Design")
    contract = c["contracts"][0]
    contract["end"] = (2026, 11, 10)
    contract["start"] = (2025, 11, 11)
    contract["status"] = "Expired"
    lc = last.company("Helix Product Design")["contracts"][0]
    lc["end"] = (2026, 11, 10)
    lc["start"] = (2025, 11, 11)
    this.company("Ironwood Builders")["masked"] = 3
    return last, this


def write_pair(folder):
    folder = pathlib.Path(folder)
    last, this = months()
    for month, world, as_of in (("last", last, "2026-10-23"), ("this", this, "2026-11-23")):
        content = folder / f"{month}-month" / "content"
        if content.exists():
            shutil.rmtree(content)
        (content / "exports").mkdir(parents=True)
        (content / "site.yaml").write_text(f"title: Northbridge customers\nas_of: {as_of}\n")
        exclude = ("Juniper Interiors",) if month == "this" else ()
        (content / "exports" / "subscriptions.csv").write_text(world.subscriptions(exclude))
        (content / "exports" / "subscriptions.yaml").write_text(SIDECAR_SUBS)
        if month == "this":
            juniper = world.company("Juniper Interiors")
            text = csv_line(SUBS_HEADER) + "\n" + "\n".join(world.subscription_rows(juniper)) + "\n"
            (content / "exports" / "juniper.csv").write_text(text)
            (content / "exports" / "juniper.yaml").write_text(SIDECAR_SUBS)
        (content / "exports" / "users.csv").write_text(world.users())
        (content / "exports" / "users.yaml").write_text(SIDECAR_USERS)
        for name, text in overlays(world, month).items():
            path = content / "overlays" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    (folder / "CHANGES.txt").write_text(CHANGES.lstrip())
    print(f"wrote {folder}/last-month and {folder}/this-month")


def bench(arguments):
    companies = 5000
    rolebook = ROOT / ".build/release/rolebook"
    folder = None
    full_build = False
    args = list(arguments)
    while args:
        arg = args.pop(0)
        if arg == "--companies":
            companies = int(args.pop(0))
        elif arg == "--build":
            full_build = True
        elif arg == "--rolebook":
            rolebook = pathlib.Path(args.pop(0))
        else:
            folder = pathlib.Path(arg)
    if not rolebook.exists():
        sys.exit(f"{rolebook} is missing: swift build -c release --product rolebook (or pass --rolebook)")
    folder = folder or pathlib.Path(tempfile.mkdtemp(prefix="rolebook-exports-"))
    names = [f"Company {i:05d}" for i in range(companies)]
    world = World(names, seed=7, masked_rows=False)
    content = folder / "exports-site" / "content"
    if content.exists():
        shutil.rmtree(content)
    (content / "exports").mkdir(parents=True)
    shutil.copytree(ROOT / "Tests/RolebookImportTests/Fixtures/Base/content/roles", content / "roles")
    shutil.copytree(ROOT / "Tests/RolebookImportTests/Fixtures/Base/content/resellers", content / "resellers")
    shutil.copy(ROOT / "Starter/content/exports/aliases.yaml", content / "exports" / "aliases.yaml")
    (content / "site.yaml").write_text("title: Benchmark\nas_of: 2026-11-23\n")
    (content / "exports" / "subscriptions.csv").write_text(world.subscriptions())
    (content / "exports" / "subscriptions.yaml").write_text(SIDECAR_SUBS)
    (content / "exports" / "users.csv").write_text(world.users())
    (content / "exports" / "users.yaml").write_text(SIDECAR_USERS)
    csv_bytes = sum((content / "exports" / n).stat().st_size for n in ("subscriptions.csv", "users.csv"))
    rows = world.subscriptions().count("\n") + world.users().count("\n") - 2

    def timed(root):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            run = subprocess.run([str(rolebook), "check", "--root", str(root)], capture_output=True, text=True)
            elapsed = time.perf_counter() - start
            summary = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
            best = elapsed if best is None else min(best, elapsed)
        return best, summary

    seconds, summary = timed(folder / "exports-site")
    mb = csv_bytes / 1e6
    print(f"exports: {companies} companies, {rows} rows, {mb:.2f} MB of CSV")
    print(f"  rolebook check: {seconds:.2f} s (best of 3), {seconds / mb:.2f} s per MB; {summary}")
    sample = folder / "json-site"
    if sample.exists():
        shutil.rmtree(sample)
    subprocess.run([str(rolebook), "generate-sample", "--companies", str(companies), "--from", str(ROOT / "content"),
                    "--output", str(sample)], check=True, capture_output=True)
    json_bytes = sum(p.stat().st_size for p in (sample / "content").rglob("*.json"))
    seconds_json, summary_json = timed(sample)
    mb_json = json_bytes / 1e6
    print(f"json sample: {companies} companies, {mb_json:.2f} MB of JSON")
    print(f"  rolebook check: {seconds_json:.2f} s (best of 3), {seconds_json / mb_json:.2f} s per MB; {summary_json}")
    if full_build:
        for label, root in (("exports", folder / "exports-site"), ("json sample", sample)):
            start = time.perf_counter()
            run = subprocess.run([str(rolebook), "build", "--root", str(root)], capture_output=True, text=True)
            elapsed = time.perf_counter() - start
            print(f"{label}: rolebook build {elapsed:.1f} s; {run.stderr.strip().splitlines()[-1]}")
    print(f"sites in {folder}")


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("pair", "bench"):
        sys.exit(__doc__)
    if sys.argv[1] == "pair":
        write_pair(sys.argv[2] if len(sys.argv) > 2 else ROOT / "Tests/RolebookImportTests/Fixtures/Pair")
    else:
        bench(sys.argv[2:])


main()
