import LeadpactCalendar
import LeadpactContract
import LeadpactExpressions

extension ChangeCollector {
    /// `leadpact:` and the `contract:` section. The validity period binds both sides: starting
    /// earlier or ending later means more handoffs owe something.
    mutating func compareMetadata(_ oldFormat: Int, _ old: ContractMetadata, _ newFormat: Int, _ new: ContractMetadata) {
        compareValue("leadpact", String(oldFormat), String(newFormat), side: .both)
        compareValue("contract.id", old.id, new.id, side: .both)
        compareValue("contract.title", old.title, new.title, side: .both)
        compareValue("contract.version", old.version.description, new.version.description, side: .both)
        compareValue("contract.timezone", old.timeZone, new.timeZone, side: .both)
        compareValidityStart(old.effective, new.effective)
        compareValidityEnd(old.expires, new.expires)
        for party in Party.allCases {
            compareValue("contract.parties.\(party.rawValue)", old.parties[party], new.parties[party], side: ChangeSide(party))
        }
        compareValue("contract.review.cadence", old.review?.cadence.rawValue, new.review?.cadence.rawValue, side: .both)
        compareNames(
            "contract.review.metrics", old.review?.metrics ?? [], new.review?.metrics ?? [], side: .both, added: .changed)
    }

    /// `effective`: an earlier start (or none) puts more handoffs under the contract.
    private mutating func compareValidityStart(_ old: LocalDate?, _ new: LocalDate?) {
        guard old != new else { return }
        let direction: ChangeDirection
        switch (old, new) {
        case (let a?, let b?): direction = b < a ? .tightened : .loosened
        case (nil, _): direction = .loosened
        case (_, nil): direction = .tightened
        }
        record("contract.effective", old: old?.description, new: new?.description, direction, .both)
    }

    /// `expires`: a later end (or none) puts more handoffs under the contract.
    private mutating func compareValidityEnd(_ old: LocalDate?, _ new: LocalDate?) {
        guard old != new else { return }
        let direction: ChangeDirection
        switch (old, new) {
        case (let a?, let b?): direction = b > a ? .tightened : .loosened
        case (nil, _): direction = .loosened
        case (_, nil): direction = .tightened
        }
        record("contract.expires", old: old?.description, new: new?.description, direction, .both)
    }

    /// `fields:` and `activities:`: the vocabulary both sides' rules and events are written in.
    /// A new or retyped field neither raises nor lowers a bar by itself: `changed`.
    mutating func compareVocabulary(_ old: Contract, _ new: Contract) {
        for name in Set(old.fields.keys).union(new.fields.keys).sorted() {
            compareValue("fields.\(name)", old.fields[name]?.description, new.fields[name]?.description, side: .both)
        }
        compareNames("activities", old.activities, new.activities, side: .both, added: .changed)
    }
}
