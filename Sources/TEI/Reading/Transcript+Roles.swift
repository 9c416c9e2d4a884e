extension Transcript {
    private static let interviewerLabels: Set<String> = [
        "reporter", "interviewer", "journalist", "host", "moderator", "presenter", "anchor", "correspondent",
        "q", "question", "questioner", "int",
    ]
    private static let intervieweeLabels: Set<String> = ["a", "answer", "guest", "respondent", "interviewee"]

    /// Sets `role` where the text makes it clear: a label that names the interviewer's job, or the one
    /// speaker whose turns are mostly questions; in a two-person interview the other is the interviewee.
    mutating func assignRoles() {
        for index in participants.indices where participants[index].role != .unidentified && !participants[index].isGroup {
            let label = participants[index].label.lowercased()
            if Self.interviewerLabels.contains(label) { participants[index].role = .interviewer }
            if Self.intervieweeLabels.contains(label) { participants[index].role = .interviewee }
        }
        if !participants.contains(where: { $0.role == .interviewer }) {
            let shares = questionShares()
            let askers = participants.indices.filter { shares[participants[$0].id, default: 0] >= 0.5 && participants[$0].role == nil }
            let others = participants.indices.filter { shares[participants[$0].id, default: 0] < 0.25 }
            if askers.count == 1, others.count == participants.count - 1 { participants[askers[0]].role = .interviewer }
        }
        if participants.count == 2, let interviewer = participants.firstIndex(where: { $0.role == .interviewer }) {
            let other = 1 - interviewer
            if participants[other].role == nil { participants[other].role = .interviewee }
        }
    }

    /// For each speaker with at least two turns, the share of their turns that end with a question mark
    /// (one pass over the turns: a transcript may have thousands of speakers).
    private func questionShares() -> [String: Double] {
        var counts: [String: (turns: Int, questions: Int)] = [:]
        for block in blocks {
            guard case .turn(let turn) = block else { continue }
            let question = turn.paragraphs.last?.text.trimmingSpaces().hasSuffix("?") == true
            counts[turn.speakerID, default: (0, 0)].turns += 1
            if question { counts[turn.speakerID, default: (0, 0)].questions += 1 }
        }
        return counts.filter { $0.value.turns >= 2 }.mapValues { Double($0.questions) / Double($0.turns) }
    }
}
