import RolebookCore

extension Strings {
    /// The default theme's English (`themes/default/strings/en.yaml`, compiled in): the words of
    /// a load or a command that has no theme at hand, and of tests. A build takes its words from
    /// the theme it renders with, which may override them.
    package static let english: Strings = {
        let path = "themes/default/strings/en.yaml"
        guard let file = StringsFile.read(code: "en", text: StringsFile.builtInEnglish, path: path).file else {
            // Compiled in and read by a test on every run: not a user's file.
            preconditionFailure("the built-in \(path) does not read")
        }
        return file.strings
    }()
}
