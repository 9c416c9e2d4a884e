extension Transcript {
    /// Gives the speaker `id` the identifier `newID` in every turn.
    mutating func renameSpeaker(_ id: String, to newID: String) {
        blocks = blocks.map { block in
            guard case .turn(var turn) = block, turn.speakerID == id else { return block }
            turn.speakerID = newID
            return .turn(turn)
        }
    }
}
