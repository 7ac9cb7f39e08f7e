import LeadpactCalendar

extension ContractMetadata {
    /// The `contract` object: identity, version, validity, zone, parties and review.
    ///
    /// Dates are ISO `YYYY-MM-DD`; a date that is not stated is `null`.
    var canonicalJSON: CanonicalJSON {
        var parties: [String: CanonicalJSON] = [:]
        for (party, signer) in self.parties {
            parties[party.rawValue] = .string(signer)
        }
        return .object([
            "id": .string(id),
            "title": .string(title),
            "version": .string(version.description),
            "effective": .optional(effective?.description),
            "expires": .optional(expires?.description),
            "timezone": .string(timeZone),
            "parties": .object(parties),
            "review": review?.canonicalJSON ?? .null,
        ])
    }
}

extension Review {
    /// `{"cadence":"biweekly","metrics":[…]}`; the metrics form a set.
    var canonicalJSON: CanonicalJSON {
        .object(["cadence": .string(cadence.rawValue), "metrics": .stringSet(metrics)])
    }
}
