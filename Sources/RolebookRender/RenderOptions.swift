/// What a renderer draws for: whether the build writes reports and packets (so site pages link to
/// them), their paper, and how reports, packets and fragments, which travel alone, link back.
package struct RenderOptions: Sendable {
    package var reports: Bool
    package var paper: Paper
    package var outside: OutsideLinks

    package init(reports: Bool = false, paper: Paper = .a4, outside: OutsideLinks = OutsideLinks(root: nil)) {
        self.reports = reports
        self.paper = paper
        self.outside = outside
    }
}
