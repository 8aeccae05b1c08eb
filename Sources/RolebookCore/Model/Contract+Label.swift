/// The one rule for naming a contract where it is listed: what readers recognise first (the
/// product, or the plan when no product is listed, and the term), then the number they quote on the
/// phone. Pages, reports and indexes all call it, so a contract reads the same everywhere.
extension Contract {
    /// How many product names a label spells out before it counts the rest ("+2").
    package static let labelProductLimit = 2

    /// The parts of ``label``, in order: products (or plan, or vendor), term when known, number.
    package var labelParts: [String] {
        var products: [String] = []
        for asset in assets where !products.contains(asset.product) { products.append(asset.product) }
        var parts: [String] = []
        if products.isEmpty {
            parts.append(plan ?? vendor)
        } else {
            var named = products.prefix(Self.labelProductLimit).joined(separator: ", ")
            if products.count > Self.labelProductLimit { named += " +\(products.count - Self.labelProductLimit)" }
            parts.append(named)
        }
        if let term, !term.isEmpty { parts.append(term) }
        parts.append(displayNumber)
        return parts
    }

    /// "AutoCAD LT · annual · 123456789012": products (or plan), term and number, as readers
    /// recognise a contract in a list.
    package var label: String { labelParts.joined(separator: " · ") }
}
