package struct RolesPage: Sendable {
    package struct Set: Sendable {
        package var name: String
        package var vendor: String
        package var description: String?
        package var roles: [Link]
    }

    package var chrome: PageChrome
    package var root: String
    package var sets: [Set]
}
