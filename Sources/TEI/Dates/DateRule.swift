/// One pattern of date expression, tried at every token that may start one.
///
/// A rule looks at the tokens from `i` on (and may look behind) and returns what it found starting
/// exactly at `i`, or `nil`. The recognizer keeps the longest match of all rules (the first rule
/// listed on a tie) that the ``DateBoundary`` checks accept; vetoes skip those checks. A countable
/// match followed by a unit ("2016-2020 people") becomes a veto. Rules must stay within
/// ``DateRecognizer``'s look-ahead of tokens.
///
/// Rules are stateless final classes, so that calling them through the protocol copies no
/// existential boxes.
protocol DateRule: AnyObject, Sendable {
    /// The match starting at token `i`, if this rule finds one there.
    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch?
}
