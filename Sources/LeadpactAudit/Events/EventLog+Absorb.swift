extension EventLog {
    /// Appends `piece`, the log of the next stretch of input (read on its own, with its own
    /// string tables and lines numbered from 1), as if its lines had been read here: texts
    /// are re-interned in the order the piece first saw them and line numbers moved by
    /// `lineOffset`, so the result is the log one pass over the input gives.
    mutating func absorb(_ piece: consuming EventLog, lineOffset: Int) {
        let stringIDs = piece.strings.ids(in: &strings)
        let leadIDs = piece.leads.ids(in: &leads)
        let attributeBase = Int32(truncatingIfNeeded: attributes.count)
        let contextBase = Int32(truncatingIfNeeded: context.count)
        let shift = Int32(truncatingIfNeeded: lineOffset)
        // The piece's events are translated where they lie and kept as a run of their own.
        var runs = piece.takeEvents()
        for index in runs.indices where !runs[index].isEmpty {
            var run = runs[index]
            runs[index] = []  // so `run` is the only reference and is changed in place
            run.withUnsafeMutableBufferPointer { run in
                for index in run.indices {
                    var event = run[index]
                    event.lead = leadIDs[Int(event.lead)]
                    if event.text >= 0 && event.kind != .activity { event.text = stringIDs[Int(event.text)] }
                    if event.actor >= 0 { event.actor = stringIDs[Int(event.actor)] }
                    if event.kind.appliesSet { event.payloadStart += attributeBase }
                    if event.kind == .mql { event.payloadStart += contextBase }
                    event.line += shift
                    run[index] = event
                }
            }
            absorbedEvents.append(run)
        }
        for var attribute in piece.attributes {
            if attribute.kind == .string || attribute.kind == .enumCase {
                attribute.bits = Int64(stringIDs[Int(attribute.bits)])
            }
            attributes.append(attribute)
        }
        for entry in piece.context {
            context.append(ContextEntry(key: stringIDs[Int(entry.key)], value: stringIDs[Int(entry.value)]))
        }
        lines += piece.lines
        badLines += piece.badLines
        for var issue in piece.issues {
            issue.line += lineOffset
            issues.append(issue)
        }
    }
}
