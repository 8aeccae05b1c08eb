import RolebookCore

/// Reads `content/exports/` (vendor exports, their sidecars, the alias table) and
/// `content/overlays/` into companies, people and resellers, as if they had been written by hand.
///
/// Runs after the hand-written data files are loaded, because exports are matched against them:
/// hand-written data always wins over an export row (a contract number, an email that is already
/// written by hand stays as written, and every value the row states differently is a warning
/// naming both places), and overlays then complete what exports never carry. docs/importing.md
/// states the rules; this type is their one home.
package struct ExportImporter {
    /// One export with everything needed to read its rows.
    struct ExportFile {
        var file: SourceFile
        var sidecar: ExportSidecar
        var format: ExportFormat
        var table: CSVTable
        var columns: ExportColumns
        var dates: ExportDateReader
        /// The company of every row, when the sidecar names one.
        var companyID: String?
        var maskedRows = 0
        var lastMaskedLine = 0
        var firstMasked: SourceLocation?
    }

    var site = ImportedSite()
    var diagnostics: [Diagnostic] = []
    var records = ImportedRecords()
    /// Where each imported asset id was made, so that a subscription listed twice is reported.
    var assetRows: [String: SourceLocation] = [:]
    /// Where each overlay entry is, by kind and id, so that a record overlaid twice is reported.
    var overlayEntries: [String: SourceLocation] = [:]
    let roleSets: [String: RoleSet]
    /// Hand-written records exports are matched against.
    let handWrittenCompanies: [String: Company]
    let handWrittenContracts: [String: (contract: Contract, companyID: String)]
    let handWrittenPeople: [String: Person]
    let handWrittenResellers: [Reseller]
    /// The first overlay file of each company, where a missing holder is to be named.
    var overlayPaths: [String: String] = [:]
    let contentFolder: String

    init(content: LoadedContent, contentFolder: String) {
        roleSets = Dictionary(content.roleSets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        handWrittenCompanies = Dictionary(
            content.companies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var contracts: [String: (Contract, String)] = [:]
        for company in content.companies {
            for contract in company.contracts {
                for number in [contract.contractNumber, contract.subscriptionID].compactMap({ $0 }) {
                    contracts[number] = contracts[number] ?? (contract, company.id)
                }
            }
        }
        handWrittenContracts = contracts
        handWrittenPeople = Dictionary(content.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        handWrittenResellers = content.resellers
        self.contentFolder = contentFolder
        for person in content.people where site.personByEmail[person.email.lowercased()] == nil {
            site.personByEmail[person.email.lowercased()] = person.id
        }
    }

    /// Reads `files` (those under `exports/` and `overlays/`) into `content`. `scanned`: the path
    /// of every file found, readable or not, so that a sidecar whose export could not be read is
    /// not reported as alone.
    /// `contentFolder`: the folder overlays and the alias table are named in, when the files are
    /// not all under it (`rolebook import` reads exports from anywhere).
    package static func load(
        _ files: [SourceFile], scanned: Set<String>, contentFolder: String? = nil, into content: inout LoadedContent
    ) {
        guard !files.isEmpty else { return }
        let contentFolder = contentFolder ?? files[0].path.split(separator: "/").first.map(String.init) ?? "content"
        var importer = ExportImporter(content: content, contentFolder: contentFolder)
        var aliasFiles: [SourceFile] = []
        var exports: [SourceFile] = []
        var dataFiles: [String: SourceFile] = [:]
        var overlays: [SourceFile] = []
        for file in files {
            let isData = ["yaml", "yml", "json"].contains(file.fileExtension)
            if file.section == "overlays" {
                if isData {
                    overlays.append(file)
                } else {
                    importer.error(
                        "unexpected file in overlays/: an overlay is a .yaml file", at: SourceLocation(path: file.path))
                }
            } else if file.path == "\(contentFolder)/exports/\(file.fileName)", file.fileName.hasPrefix("aliases."),
                isData
            {
                aliasFiles.append(file)
            } else if file.fileExtension == "csv" {
                exports.append(file)
            } else if isData {
                dataFiles[file.path] = file
            } else {
                importer.error(
                    "unexpected file in exports/: an export is a .csv file (save a spreadsheet as \"CSV UTF-8\") with a .yaml sidecar of the same name",
                    at: SourceLocation(path: file.path))
            }
        }
        let aliasPath = "\(contentFolder)/exports/aliases.yaml"
        var table: AliasTable?
        if let aliasFile = aliasFiles.first {
            let read = AliasTable.read(aliasFile)
            table = read.table
            importer.diagnostics += read.diagnostics
            for extra in aliasFiles.dropFirst() {
                importer.error(
                    "a second alias table: keep one, \(aliasFile.path)", at: SourceLocation(path: extra.path))
            }
        } else if let first = exports.first {
            importer.error(
                "no alias table: \(aliasPath) maps export column names to Rolebook's fields; `rolebook import --write-aliases` writes the default one",
                at: SourceLocation(path: first.path))
        }
        // Read before the exports, so that a missing holder's warning can name the company's overlay.
        let read = overlays.compactMap { Overlay.read($0, into: &importer.diagnostics) }
        for overlay in read where importer.overlayPaths[overlay.company.value] == nil {
            importer.overlayPaths[overlay.company.value] = overlay.path
        }
        for export in exports {
            let stem = String(export.path.dropLast(".csv".count))
            var sidecarFile: SourceFile?
            for ext in ["yaml", "yml", "json"] where sidecarFile == nil {
                sidecarFile = dataFiles.removeValue(forKey: "\(stem).\(ext)")
            }
            guard let table else { continue }
            importer.read(export, sidecar: sidecarFile, aliases: table, aliasPath: table.path)
        }
        for (path, _) in dataFiles.sorted(by: { $0.key < $1.key }) {
            let stem = path.split(separator: ".").dropLast().joined(separator: ".")
            if !scanned.contains(stem + ".csv") {
                importer.warning(
                    "a sidecar without its export: \(stem).csv is not there, so this file says nothing",
                    at: SourceLocation(path: path))
            }
        }
        for overlay in read { importer.apply(overlay) }
        importer.finish(into: &content)
    }

    // MARK: - One export

    /// Reads one export: its sidecar, its header through the format's aliases, then every row.
    mutating func read(_ file: SourceFile, sidecar sidecarFile: SourceFile?, aliases: AliasTable, aliasPath: String) {
        records.files.append(file.path)
        let stem = String(file.path.dropLast(".csv".count))
        guard let sidecarFile else {
            error(
                "no sidecar says what this export is: write \(stem).yaml with 'format:' (\(aliases.formats.map(\.id).joined(separator: " or "))) and 'company:' (docs/importing.md)",
                at: SourceLocation(path: file.path))
            return
        }
        let (sidecar, sidecarDiagnostics) = ExportSidecar.read(sidecarFile)
        diagnostics += sidecarDiagnostics
        guard let formatID = sidecar.formatID else { return }
        guard let format = aliases.format(formatID) else {
            let known = aliases.formats.map(\.id)
            error(
                "unknown export format '\(formatID)' (formats of \(aliasPath): \(known.joined(separator: ", ")))"
                    + Suggestion.didYouMean(formatID, among: known),
                at: sidecar.formatLocation)
            return
        }
        let (csv, csvDiagnostics) = CSVReader(path: file.path).read(file.text, separator: sidecar.separator)
        diagnostics += csvDiagnostics
        // A quoting error shifts every later cell; reading those rows would only add false errors.
        guard let csv, !csvDiagnostics.contains(where: { $0.severity == .error }) else { return }
        let columns = ExportColumns(
            header: csv.header, format: format, path: file.path, aliasPath: aliasPath, into: &diagnostics)
        guard columns.complete else { return }
        if sidecar.companyID != nil, columns.has(.company) {
            error(
                "the export has a company column, so its rows name their companies: remove 'company:' here",
                at: sidecar.companyLocation)
            return
        }
        if sidecar.companyID == nil, !columns.has(.company) {
            error(
                "which company is this export of? add 'company: <company id>' to \(sidecarFile.path), or a company column to the export",
                at: SourceLocation(path: file.path))
            return
        }
        var export = ExportFile(
            file: file, sidecar: sidecar, format: format, table: csv, columns: columns,
            dates: ExportDateReader(path: file.path, declared: sidecar.dateFormat, sidecarPath: sidecarFile.path),
            companyID: sidecar.companyID)
        for record in csv.records where !record.isBlank {
            guard fits(record, export: export) else { continue }
            switch format.records {
            case .subscriptions: readSubscription(record, export: &export)
            case .users: readUser(record, export: &export)
            }
        }
        diagnostics += export.dates.diagnostics
        if export.maskedRows > 0 {
            warning(
                "\(export.maskedRows) row\(export.maskedRows == 1 ? " has" : "s have") masked personal data (`*****` or a hash: the export was made with the personal-data setting off); each is kept as its own masked person, never merged with another",
                at: export.firstMasked)
        }
    }

    /// Whether a row has no more cells than the header has columns, not counting empty ones a
    /// spreadsheet pads with.
    private mutating func fits(_ record: CSVTable.Record, export: ExportFile) -> Bool {
        let width = export.columns.width
        guard record.cells.count > width,
            let extra = record.cells.dropFirst(width).first(where: { !$0.trimmed.isEmpty })
        else { return true }
        error(
            "this row has a value past the header's last column (\(width) columns): a separator too many, or a value that needs quotes",
            at: SourceLocation(path: export.file.path, line: extra.line, column: extra.column))
        return false
    }

    /// The company a row belongs to, made when first seen; nil (reported) when its cell is empty.
    mutating func company(of record: CSVTable.Record, export: ExportFile) -> Int? {
        let path = export.file.path
        let rowLocation = SourceLocation(path: path, line: record.line, column: 1)
        if let id = export.companyID {
            let name = export.sidecar.companyName ?? handWrittenCompanies[id]?.name ?? id
            return site.company(id, name: name, nameLocation: nil, at: export.sidecar.companyLocation ?? rowLocation)
        }
        guard let cell = export.columns.value(.company, in: record) else {
            error("the company is empty: every row of an export of several companies names one", at: rowLocation)
            return nil
        }
        let id = ImportID.slug(cell.trimmed)
        let location = location(cell, in: export)
        let index = site.company(id, name: cell.trimmed, nameLocation: location, at: location)
        return index
    }

    // MARK: - Values

    func location(_ cell: CSVTable.Cell, in export: ExportFile) -> SourceLocation {
        SourceLocation(path: export.file.path, line: cell.line, column: cell.column)
    }

    mutating func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    mutating func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.warning(message, at: location, notes: notes))
    }

    /// The overlay file where a company's missing values are to be written.
    func overlayPath(for companyID: String) -> String {
        overlayPaths[companyID] ?? "\(contentFolder)/overlays/\(companyID).yaml"
    }
}
