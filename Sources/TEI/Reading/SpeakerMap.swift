import Foundation
import SwiftCSV

/// A user's corrections to the speakers a transcript names, by label: an identifier, a name, a role, a
/// sex, an external identifier. Read from CSV (a header row with `label` and any of `id`, `name`, `role`,
/// `sex`, `idno`) or JSON (an array of objects with those keys); applied in file order, so the result is
/// the same on every run. An entry whose label no speaker has changes nothing.
public struct SpeakerMap: Sendable, Equatable {
    /// One speaker's corrections; `nil` fields change nothing.
    public struct Entry: Sendable, Equatable, Codable {
        public var label: String
        public var id: String?
        public var name: String?
        public var role: String?
        public var sex: String?
        public var idno: String?

        public init(label: String, id: String? = nil, name: String? = nil, role: String? = nil, sex: String? = nil,
                    idno: String? = nil) {
            self.label = label
            self.id = id
            self.name = name
            self.role = role
            self.sex = sex
            self.idno = idno
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    static let columns = ["label", "id", "name", "role", "sex", "idno"]

    /// Reads a map from CSV or, when `json`, JSON; `file` names it in diagnostics.
    public init(bytes: [UInt8], json: Bool, file: String) throws(Diagnostic) {
        if json {
            do {
                entries = try JSONDecoder().decode([Entry].self, from: Data(bytes))
            } catch {
                throw Diagnostic(file: file, code: "speaker-map", message: "not a JSON array of objects with the keys \(Self.columns.joined(separator: ", "))")
            }
        } else {
            let csv: NamedCSV
            do {
                csv = try NamedCSV(string: String(decoding: bytes, as: UTF8.self), delimiter: .comma)
            } catch {
                throw Diagnostic(file: file, line: 1, code: "speaker-map", message: "not CSV: \(error)")
            }
            guard csv.header.contains("label") else {
                throw Diagnostic(file: file, line: 1, code: "speaker-map", message: "the header row has no 'label' column")
            }
            if let unknown = csv.header.first(where: { !Self.columns.contains($0) }) {
                throw Diagnostic(file: file, line: 1, code: "speaker-map",
                                 message: "unknown column '\(unknown)' (known: \(Self.columns.joined(separator: ", ")))")
            }
            entries = csv.rows.map { row in
                func value(_ key: String) -> String? { row[key].flatMap { $0.isEmpty ? nil : $0 } }
                return Entry(label: row["label"] ?? "", id: value("id"), name: value("name"), role: value("role"),
                             sex: value("sex"), idno: value("idno"))
            }
        }
        for (index, entry) in entries.enumerated() {
            if let id = entry.id, !Self.isNCName(id) {
                throw Diagnostic(file: file, line: json ? nil : index + 2, code: "speaker-map",
                                 message: "id '\(id)' is not an XML name (letters, digits, '-', '_', '.', not starting with a digit)")
            }
            if let role = entry.role, role.contains(where: \.isWhitespace) || role.isEmpty {
                throw Diagnostic(file: file, line: json ? nil : index + 2, code: "speaker-map", message: "role '\(role)' must be one word")
            }
        }
    }

    /// Applies the map to `transcript`'s participants (and to the turns, when an identifier changes).
    public func apply(to transcript: inout Transcript) throws(Diagnostic) {
        for entry in entries {
            let wanted = entry.label.trimmingSpaces()
            guard let index = transcript.participants.firstIndex(where: { participant in
                participant.label == wanted || transcript.turns.contains { turn in
                    turn.speakerID == participant.id && SpeakerLabel(line: turn.label[...])?.name == String(wanted)
                }
            }) else { continue }
            var participant = transcript.participants[index]
            if let id = entry.id, id != participant.id {
                guard !transcript.participants.contains(where: { $0.id == id }) else {
                    throw Diagnostic(code: "speaker-map", message: "id '\(id)' for '\(entry.label)' is already another speaker's")
                }
                transcript.renameSpeaker(participant.id, to: id)
                participant.id = id
            }
            if let name = entry.name { participant.name = name }
            if let role = entry.role { participant.role = Participant.Role(rawValue: role) }
            if let sex = entry.sex { participant.sex = sex }
            if let idno = entry.idno { participant.externalID = idno }
            transcript.participants[index] = participant
        }
    }

    private static func isNCName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}
