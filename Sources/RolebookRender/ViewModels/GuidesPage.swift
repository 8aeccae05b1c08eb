package struct GuidesPage: Sendable {
    package var chrome: PageChrome
    package var root: String
    package var guides: [GuideLink]
}
