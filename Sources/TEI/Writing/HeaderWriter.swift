/// Writes the `teiHeader`: title, credits, source, application, setting, participants, revision.
struct HeaderWriter {
    var conversionDate: String
    /// Put before every participant's `xml:id`, to keep them unique in a corpus.
    var idPrefix = ""
    /// For participants known across a corpus: participant identifier to the corpus person's, written
    /// as `@corresp` on the participant.
    var corpusPersons: [String: String] = [:]

    func write(_ transcript: Transcript, into header: XMLElement) {
        let metadata = transcript.metadata
        let fileDesc = header.append("fileDesc")
        let titleStmt = fileDesc.append("titleStmt")
        titleStmt.append("title", text: metadata.title ?? defaultTitle(metadata))
        for credit in metadata.credits where !credit.names.isEmpty {
            let respStmt = titleStmt.append("respStmt")
            respStmt.append("resp", text: credit.phrase)
            for name in credit.names { respStmt.append("persName", text: name) }
        }
        let publicationStmt = fileDesc.append("publicationStmt")
        publicationStmt.append("p", text: "Unpublished TEI conversion of a plain-text transcript.")
        writeSource(metadata, into: fileDesc.append("sourceDesc"))

        let application = header.append("encodingDesc").append("appInfo").append("application")
        application.set("ident", "tei-convert")
        application.set("version", TEIConvert.version)
        application.append("label", text: "tei-convert")

        // Subtitles may name no speaker: then there is no particDesc, and no profileDesc without a date.
        if metadata.date != nil || !transcript.participants.isEmpty {
            let profileDesc = header.append("profileDesc")
            if let date = metadata.date {
                profileDesc.append("settingDesc").append("setting").append("date").set("when", date)
            }
            if !transcript.participants.isEmpty {
                let listPerson = profileDesc.append("particDesc").append("listPerson")
                for participant in transcript.participants {
                    write(participant, into: listPerson.append(participant.isGroup ? "personGrp" : "person"))
                }
            }
        }

        let change = header.append("revisionDesc").append("change", text: "Converted from plain text by tei-convert \(TEIConvert.version).")
        change.set("when", conversionDate)
    }

    private func defaultTitle(_ metadata: Metadata) -> String {
        metadata.sourceFileName.map { "Transcript: \($0)" } ?? "Transcript"
    }

    private func writeSource(_ metadata: Metadata, into sourceDesc: XMLElement) {
        guard metadata.publisher != nil || metadata.source != nil || metadata.sourceFileName != nil else {
            sourceDesc.append("p", text: "A plain-text transcript read from standard input.")
            return
        }
        let bibl = sourceDesc.append("bibl")
        if let publisher = metadata.publisher { bibl.append("publisher", text: publisher) }
        if let source = metadata.source {
            if source.hasPrefix("http://") || source.hasPrefix("https://") {
                bibl.append("ref", text: source).set("target", source)
            } else {
                bibl.append("note", text: source)
            }
        }
        if let file = metadata.sourceFileName { bibl.append("idno", text: file).set("type", "file") }
    }

    private func write(_ participant: Participant, into person: XMLElement) {
        person.set("xml:id", idPrefix + participant.id)
        person.set("corresp", ifPresent: corpusPersons[participant.id].map { "#" + $0 })
        person.set("role", ifPresent: participant.role?.rawValue)
        if let name = participant.name {
            let persName = person.append("persName")
            persName.appendText("")
            if let rank = participant.rank {
                persName.append("roleName", text: rank).set("type", "rank")
                persName.appendText(" ")
            }
            persName.appendText(name)
        } else {
            person.append("persName", text: participant.label)
        }
        guard !participant.isGroup else { return }
        if let sex = participant.sex { person.append("sex").set("value", sex) }
        if let externalID = participant.externalID { person.append("idno", text: externalID).set("type", "URI") }
        if participant.name != nil { person.append("occupation", text: participant.occupation ?? participant.label) }
    }
}
