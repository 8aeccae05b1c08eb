package struct ReviewPage: Sendable {
    package struct Variant: Sendable {
        package var role: String
        package var roleSet: String
        package var bodyHTML: String
    }

    package var chrome: PageChrome
    package var root: String
    package var title: String
    package var guideHref: String
    package var flaggedHTML: String
    package var variants: [Variant]
}
