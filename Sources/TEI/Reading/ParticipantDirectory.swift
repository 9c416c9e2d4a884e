/// Gathers speaker labels into participants: the variants of one person's label (`ANDERSON COOPER, CNN
/// ANCHOR`, later `COOPER`; `President Donald J. Trump`, later `Trump`) become one participant, when
/// exactly one earlier participant can be that person. Unidentified speakers (`UNIDENTIFIED MALE`) are
/// marked with the role `unidentified`; groups (`ALL`, `AUDIENCE`) become groups; neither is merged.
struct ParticipantDirectory {
    private(set) var participants: [Participant] = []
    private var names: [[SpeakerName]] = []
    private var indexByLabel: [String: Int] = [:]
    /// The participants by surname: only they can be the same person as a new label (`canBeSamePerson`
    /// needs the same surname), so a transcript with thousands of speakers is not read in quadratic time.
    private var indicesBySurname: [String: [Int]] = [:]

    init(labels: [String]) {
        var ids = ParticipantIDs()
        for label in labels {
            let name = SpeakerName(label: label)
            let surname = name.surname
            let candidates = name.isUnidentified || name.isGroup ? [] : (surname.flatMap { indicesBySurname[$0] } ?? []).filter { index in
                names[index].allSatisfy { $0.canBeSamePerson(as: name) }
            }
            if candidates.count == 1 {
                indexByLabel[label] = candidates[0]
                names[candidates[0]].append(name)
                continue
            }
            indexByLabel[label] = participants.count
            if let surname { indicesBySurname[surname, default: []].append(participants.count) }
            names.append([name])
            participants.append(Participant(id: ids.make(for: name.plainName.isEmpty ? name.name : name.plainName), label: label,
                                            role: name.isUnidentified ? .unidentified : nil, isGroup: name.isGroup))
        }
        for index in participants.indices { describe(index) }
    }

    /// The identifier of the participant a label names.
    func id(forLabel label: String) -> String? {
        indexByLabel[label].map { participants[$0].id }
    }

    /// Name, rank and occupation from the labels: the fullest variant's name and titles, and a role
    /// given after a comma. A participant known by one plain label (`Reporter`) keeps it as its name.
    private mutating func describe(_ index: Int) {
        let variants = names[index]
        guard variants.count > 1 || variants[0].role != nil else { return }
        let fullest = variants.max { $0.personal.count + $0.titles.count < $1.personal.count + $1.titles.count }!
        participants[index].name = fullest.personal.joined(separator: " ")
        participants[index].rank = fullest.titles.isEmpty ? nil : fullest.titles.joined(separator: " ")
        participants[index].occupation = variants.lazy.compactMap(\.role).first
    }
}
