/// Which printable pages `--pdf` prints: company reports, onboarding packets (one per person, so
/// by far the most), or both.
public enum PDFSelection: String, Sendable, CaseIterable {
    case reports
    case packets
    case both

    var reports: Bool { self != .packets }
    var packets: Bool { self != .reports }
}
