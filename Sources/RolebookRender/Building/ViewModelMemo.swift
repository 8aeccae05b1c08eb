import RolebookCore

/// The building half of a batch: results a company's pages share (a contract's contact routes, the
/// changes a set of roles may make on a contract), computed once per batch. A memo of pure
/// functions: it saves time and never changes what a page shows.
package final class ViewModelMemo {
    var contactRows: [String: [ContactRow]] = [:]
    var changes: [String: (canMake: [ChangeYouCanMake], mustAsk: [ChangeToAskFor])] = [:]
    /// Per contract: its routes, the people they reach, and the advice of a reader they do not
    /// reach (most readers: a contract's users all read the same).
    var routes: [String: (routes: [ContactRoute], reached: Set<String>)] = [:]
    var advice: [String: (asks: [PersonAdviceFragment.Ask], signature: String)] = [:]

    package init() {}
}
