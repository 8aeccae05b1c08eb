import Foundation
import RolebookTestSupport
import Testing

/// Only view-model fields that hold trusted HTML (their names end in `HTML`) may be inserted unescaped.
@Suite struct TemplateSafetyTests {
    @Test func onlyHTMLFieldsAreUnescaped() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("themes/default/templates")
        let templates = TestPaths.files(under: folder).filter { $0.hasSuffix(".mustache") }
        #expect(templates.count >= 15)
        for name in templates {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: /\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)\s*\}\}/) {
                let field = String(match.1 ?? match.2 ?? "")
                #expect(field.hasSuffix("HTML"), "\(name) inserts '\(field)' unescaped")
            }
        }
    }
}
