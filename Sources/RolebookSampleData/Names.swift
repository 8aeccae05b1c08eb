/// Word lists for readable fake names.
enum Names {
    static let firsts = [
        "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Iris", "Jonas", "Kira", "Liam",
        "Maya", "Nils", "Olga", "Pia", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera", "Wes", "Xena", "Yuki", "Zoe",
    ]
    static let lasts = [
        "Adler", "Brandt", "Costa", "Diallo", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen",
        "Kowalski", "Lopez", "Moreau", "Nair", "Okafor", "Park", "Quint", "Rossi", "Sall", "Tanaka", "Ueda", "Vogel",
        "Weber", "Xu", "Young", "Zhang",
    ]
    static let titles = [
        "CAD Manager", "Architect", "Engineer", "Designer", "IT Manager", "Surveyor", "Drafter",
        "Project Lead", "BIM Coordinator", "Office Manager",
    ]
    static let products = [
        "AutoCAD", "AutoCAD LT", "Revit", "Civil 3D", "Inventor Professional", "3ds Max", "Maya",
        "Navisworks Manage", "Fusion", "Vault Professional",
    ]
    /// What is bought as a named-user subscription and managed in User Management.
    static let subscriptions = [
        "Architecture, Engineering & Construction Collection", "Product Design & Manufacturing Collection",
        "AutoCAD", "AutoCAD LT", "Revit", "Civil 3D", "Fusion", "Inventor Professional",
    ]
    /// What a small team buys itself in the online store.
    static let storeProducts = ["AutoCAD LT", "Fusion", "AutoCAD", "3ds Max", "Maya"]
    static let companyWords = [
        "Harbor", "Summit", "Cedar", "Granite", "Meridian", "Northwind", "Riverside", "Atlas",
        "Beacon", "Crescent",
    ]
    static let companyKinds = ["Engineering", "Architects", "Design", "Surveying", "Builders", "Studio"]

    static func first(_ r: inout SplitMix64) -> String { firsts[r.int(in: 0...(firsts.count - 1))] }
    static func last(_ r: inout SplitMix64) -> String { lasts[r.int(in: 0...(lasts.count - 1))] }
    static func title(_ r: inout SplitMix64) -> String { titles[r.int(in: 0...(titles.count - 1))] }
    static func product(_ r: inout SplitMix64) -> String { products[r.int(in: 0...(products.count - 1))] }
    static func subscription(_ r: inout SplitMix64) -> String {
        subscriptions[r.int(in: 0...(subscriptions.count - 1))]
    }
    static func storeProduct(_ r: inout SplitMix64) -> String {
        storeProducts[r.int(in: 0...(storeProducts.count - 1))]
    }
    static func company(_ r: inout SplitMix64) -> String {
        "\(companyWords[r.int(in: 0...(companyWords.count - 1))]) \(companyKinds[r.int(in: 0...(companyKinds.count - 1))])"
    }
}
