/// The version `rolebook --version` prints. Raised with each release; the state and manifest
/// formats carry versions of their own.
enum RolebookVersion {
    static let current = "0.3.0"
}
