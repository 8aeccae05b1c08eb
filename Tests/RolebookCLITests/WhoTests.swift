import Foundation
import RolebookTestSupport
import Testing

/// `rolebook who` on the built binary, against the sample content: the chains the site's contact
/// tables show, in order, with the contacts passed over and why.
@Suite struct WhoTests {
    func who(_ arguments: [String]) throws -> CommandLineTests.Run {
        try CommandLineTests.run(
            CommandLineTests.binary, ["who", "--root", TestPaths.packageRoot.path] + arguments, environment: nil,
            directory: nil)
    }

    /// Keystone's classic contract: its Contract Manager has left, so the download chain passes
    /// over him, says so in its place, and goes on to the reseller and Autodesk.
    @Test func aContractsChainIsPrintedInOrderWithTheSkippedContactsAndWhy() throws {
        let result = try who(["--contract", "110002345678", "--topic", "download"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                Keystone Architects, contract 110002345678 (Autodesk classic user management)

                  Downloads and new releases
                    1. Software Coordinator:
                         Renata Vogel <renata@vogel-bim.example.com>, +1 555 0160 (Revit, serial 399-56781234)
                         Nadia Haddad <nadia.haddad@keystone-architects.example.com>, +1 555 0122 (AutoCAD, serial 399-67812345)
                       skipped: Walter Hughes, Contract Manager, has left the company.
                    2. Summit Design Partners, technical support: Technical support, <help@summit-design-partners.example.com>, +1 555 0152, https://summit-design-partners.example.com/support, Mon-Fri 7:30-18:00, Sat 9:00-12:00
                    3. Autodesk support (our advice; no source names it)

                """)
    }

    /// A person found by email (any case) sees the contracts they hold a role on, narrowed to the
    /// serial numbers they coordinate, with their own place in each chain marked.
    @Test func aPersonSeesTheirContractsAndTheirOwnPlace() throws {
        let result = try who(["--person", "Nadia.Haddad@keystone-architects.example.com", "--topic", "download"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Nadia Haddad <nadia.haddad@keystone-architects.example.com>")
        #expect(
            lines.contains(
                "Keystone Architects, contract 110002345678 (Autodesk classic user management), for AutoCAD, serial 399-67812345"
            ))
        #expect(!result.stdout.contains("Renata Vogel"), "the other serial number's coordinator is not hers to ask")
        #expect(
            lines.contains(
                "    1. Software Coordinator: Nadia Haddad <nadia.haddad@keystone-architects.example.com>, +1 555 0122 (you)"
            ))
        #expect(
            lines.contains(
                "    2. Primary admin: Nadia Haddad <nadia.haddad@keystone-architects.example.com>, +1 555 0122 (you)"))
    }

    /// JSON for scripts: the same chain as entries in order, keys in a stable order.
    @Test func aSerialNumbersChainAsJSON() throws {
        let result = try who(["--serial", "399-67812345", "--topic", "access", "--json"])
        #expect(result.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let contract = try #require((document["contracts"] as? [[String: Any]])?.first)
        #expect(contract["id"] as? String == "keystone-bim")
        #expect((contract["assets"] as? [[String: Any]])?.map { $0["serialNumber"] as? String } == ["399-67812345"])
        let topic = try #require((contract["topics"] as? [[String: Any]])?.first)
        #expect(topic["id"] as? String == "access")
        let chain = try #require(topic["chain"] as? [[String: Any]])
        #expect(chain.map { $0["status"] as? String } == ["ask", "skipped", "ask", "ask"])
        #expect(chain.map { $0["kind"] as? String } == ["role", "departed", "reseller", "vendor"])
        #expect(chain[1]["reason"] as? String == "Walter Hughes, Contract Manager, has left the company.")
        // Sorted keys: "contracts" comes before "person" (absent here), "assets" first in a contract.
        #expect(result.stdout.hasPrefix("{\n  \"contracts\" : [\n    {\n      \"assets\" : ["))
    }

    @Test(arguments: [
        (
            ["--person", "nadia-hadad"],
            "error: no person with the email address or id 'nadia-hadad'; did you mean 'nadia-haddad'?"
        ),
        (
            ["--serial", "399-6781234"],
            "error: no asset with the serial number '399-6781234'; did you mean '399-56781234'?"
        ),
        (
            ["--contract", "keystone-bimm"],
            "error: no contract with the number, subscription id or id 'keystone-bimm'; did you mean 'keystone-bim'?"
        ),
        (
            ["--contract", "keystone-bim", "--topic", "donwload"],
            "error: no contact topic 'donwload'; did you mean 'download'?"
        ),
    ])
    func anUnknownPersonSerialContractOrTopicIsAnErrorWithAHint(_ arguments: [String], _ message: String) throws {
        let result = try who(arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == message + "\n")
    }

    @Test func exactlyOneQueryIsAUsageError() throws {
        for arguments in [[], ["--person", "a", "--contract", "b"]] {
            let result = try who(arguments)
            #expect(result.status == 64)
            #expect(result.stderr.contains("give one of --person, --serial or --contract"))
        }
    }
}
