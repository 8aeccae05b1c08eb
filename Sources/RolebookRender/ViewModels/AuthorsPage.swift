package struct AuthorsPage: Sendable {
    package var chrome: PageChrome
    package var root: String
    package var reviews: [Link]
}
