package struct GuidePage: Sendable {
    package var chrome: PageChrome
    package var root: String
    package var title: String
    package var summary: String?
    package var bodyHTML: String
    package var isTailored: Bool
    package var variants: [Link]
    package var contractPages: [Link]
    /// How many contracts the guide applies to, listed or not.
    package var contractCount: Int
    /// Set when there are too many to list (templates cannot test a number).
    package var tooManyContracts: Bool
    /// "This applies to 120 contracts.", worded with the count.
    package var tooManyContractsNote: String
    /// The language the guide's text is in, when it is not the page's (a guide not translated
    /// yet, shown in the site's default language with a note); nil otherwise.
    package var bodyLanguage: String?
    package var forRole: String?
    package var guideHref: String
    package var preconditions: [String]
    package var changes: [String]
    package var performers: String?
}
