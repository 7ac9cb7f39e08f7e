import LeadpactCalendar
import LeadpactDiagnostics
import LeadpactExpressions
import LeadpactYAML

/// Compiles `marketing:`: MQL volume targets, the handoff context, the conversion target.
struct MarketingCompiler {
    let context: CompilationContext
    private var reader: NodeReader { NodeReader(context: context) }
    private let path: ContractPath = ["marketing"]

    /// Reads the section into `draft.marketing`.
    func compile(_ node: YAMLNode, into draft: inout ContractDraft) {
        guard let section = MappingReader(
            node, at: path, keys: ["volume", "handoff_context", "conversion"], context: context
        ) else { return }
        var volume: [VolumeTarget] = []
        if let node = section["volume"], let items = reader.list(node, at: section.path(of: "volume")) {
            for (index, item) in items.enumerated() {
                if let target = volumeTarget(item, at: section.path(of: "volume").appending(index: index), into: &draft) {
                    volume.append(target)
                    draft.volumeTargetIndices.append(index)
                }
            }
        }
        var handoffContext: [String] = []
        if let node = section["handoff_context"],
           let keys = reader.textList(node, at: section.path(of: "handoff_context")) {
            handoffContext = keys.map(\.text)
            draft.distinctLists.append(DistinctList(
                noun: "handoff context key", path: section.path(of: "handoff_context"),
                entries: keys.map { NameOccurrence(name: $0.text, range: $0.node.range) }
            ))
        }
        let conversion = section["conversion"].flatMap { self.conversion($0, at: section.path(of: "conversion")) }
        draft.marketing = MarketingCommitments(volume: volume, handoffContext: handoffContext, conversion: conversion)
    }

    private func volumeTarget(_ node: YAMLNode, at path: ContractPath, into draft: inout ContractDraft) -> VolumeTarget? {
        guard let target = MappingReader(
            node, at: path, keys: ["mqls", "per", "where"], required: ["mqls", "per"], context: context
        ) else { return nil }
        let mqls = target["mqls"].flatMap { reader.integer($0, at: target.path(of: "mqls")) }
        let per = target["per"].flatMap { period($0, at: target.path(of: "per")) }
        let segment = target["where"].flatMap {
            reader.condition($0, at: target.path(of: "where"), environment: draft.environment)
        }
        guard let mqls, let per, target["where"] == nil || segment != nil else { return nil }
        if let segment { draft.conditions.append(segment) }
        return VolumeTarget(mqls: mqls, per: per, segment: segment?.expression, segmentSource: segment?.source)
    }

    private func conversion(_ node: YAMLNode, at path: ContractPath) -> ConversionTarget? {
        guard let target = MappingReader(
            node, at: path, keys: ["mql_to_sql", "per"], required: ["mql_to_sql", "per"], context: context
        ) else { return nil }
        let rate = target["mql_to_sql"].flatMap { basisPoints($0, at: target.path(of: "mql_to_sql")) }
        let per = target["per"].flatMap { period($0, at: target.path(of: "per")) }
        guard let rate, let per else { return nil }
        return ConversionTarget(basisPoints: rate, per: per)
    }

    private func period(_ node: YAMLNode, at path: ContractPath) -> TargetPeriod? {
        reader.choice(node, at: path, from: TargetPeriod.allCases.map(\.rawValue)).flatMap(TargetPeriod.init(rawValue:))
    }

    private func basisPoints(_ node: YAMLNode, at path: ContractPath) -> Int? {
        guard let text = reader.text(node, at: path) else { return nil }
        switch PercentageSyntax.basisPoints(text) {
        case .success(let points):
            return points
        case .failure(let problem):
            context.report(
                .invalidPercentage, "'\(path.display)': \(problem.message)", at: node.range,
                fixIts: problem.suggestion.map { [FixIt("write '\($0)'", range: node.range, replacement: $0)] } ?? []
            )
            return nil
        }
    }
}
