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
            let askers = participants.indices.filter { questionShare(of: participants[$0].id) >= 0.5 && participants[$0].role == nil }
            let others = participants.indices.filter { questionShare(of: participants[$0].id) < 0.25 }
            if askers.count == 1, others.count == participants.count - 1 { participants[askers[0]].role = .interviewer }
        }
        if participants.count == 2, let interviewer = participants.firstIndex(where: { $0.role == .interviewer }) {
            let other = 1 - interviewer
            if participants[other].role == nil { participants[other].role = .interviewee }
        }
    }

    /// The share of a participant's turns (of at least two) that end with a question mark.
    private func questionShare(of id: String) -> Double {
        let own = turns.filter { $0.speakerID == id }
        guard own.count >= 2 else { return 0 }
        let questions = own.count { $0.paragraphs.last?.text.trimmingSpaces().hasSuffix("?") == true }
        return Double(questions) / Double(own.count)
    }
}
