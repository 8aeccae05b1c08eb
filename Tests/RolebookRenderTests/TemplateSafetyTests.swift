import Foundation
import RolebookRender
import RolebookTestSupport
import Testing

/// Only view-model fields that hold trusted HTML (their names end in `HTML`) may be inserted
/// unescaped: in the default theme, and in any override a site brings (checked when it loads).
@Suite struct TemplateSafetyTests {
    @Test func theDefaultThemeInsertsOnlyHTMLFieldsUnescaped() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("themes/default/templates")
        let templates = TestPaths.files(under: folder).filter { $0.hasSuffix(".mustache") }
        #expect(templates.count >= 15)
        for name in templates {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(TemplateSafety.problems(in: text, path: name).isEmpty)
        }
    }

    @Test func everyUnescapedDataFieldAndDelimiterChangeIsLocated() {
        let text = """
            <h1>{{title}}</h1>{{{bodyHTML}}}
              {{{ title }}} and {{& person.name}}
            {{{.}}}{{=<% %>=}}<%{title}%>
            """
        let messages = TemplateSafety.problems(in: text, path: "templates/home.mustache").map(\.description)
        #expect(
            messages == [
                "templates/home.mustache:2:3: error: 'title' is inserted unescaped; only fields whose names end in HTML may be (use {{title}} to insert it as text)",
                "templates/home.mustache:2:21: error: 'person.name' is inserted unescaped; only fields whose names end in HTML may be (use {{person.name}} to insert it as text)",
                "templates/home.mustache:3:1: error: '.' is inserted unescaped; only fields whose names end in HTML may be (use {{.}} to insert it as text)",
                "templates/home.mustache:3:8: error: templates may not change the Mustache delimiters ({{=...=}})",
            ])
    }
}
