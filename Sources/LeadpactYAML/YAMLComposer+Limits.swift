import LeadpactDiagnostics

extension YAMLComposer {
    /// An alias: the anchored node's content and tag, at the alias's own range, provided
    /// its expansion stays inside the limits.
    mutating func resolveAlias(_ name: String, at range: SourceRange, depth: Int) throws(YAMLLoadingFailure) -> Composed {
        guard let anchored = anchors[name] else {
            throw YAMLLoadingFailure(diagnostic: YAMLLoadingDiagnostics.unknownAlias(
                name, at: range, known: anchors.keys.sorted(), file: path))
        }
        if anchored.height > 0 {
            let (deepest, overflow) = depth.addingReportingOverflow(anchored.height - 1)
            if overflow || deepest > limits.maximumDepth {
                throw YAMLLoadingFailure(diagnostic: YAMLLoadingDiagnostics.nestingTooDeep(
                    limits.maximumDepth, at: range, file: path))
            }
        }
        expandsAliases = true
        try count(anchored.weight, at: range)
        var node = anchored.node
        node.range = range
        return Composed(node: node, weight: anchored.weight, height: anchored.height)
    }

    /// Fails when a collection would start deeper than the nesting limit.
    func enter(_ depth: Int, at range: SourceRange) throws(YAMLLoadingFailure) {
        if depth > limits.maximumDepth {
            throw YAMLLoadingFailure(diagnostic: YAMLLoadingDiagnostics.nestingTooDeep(
                limits.maximumDepth, at: range, file: path))
        }
    }

    /// Adds `nodes` to the expanded-node count, failing past the limit.
    mutating func count(_ nodes: Int, at range: SourceRange) throws(YAMLLoadingFailure) {
        let (total, overflow) = expandedNodes.addingReportingOverflow(nodes)
        if overflow || total > limits.maximumExpandedNodes {
            throw YAMLLoadingFailure(diagnostic: YAMLLoadingDiagnostics.expansionLimit(
                limits.maximumExpandedNodes, throughAliases: expandsAliases, at: range, file: path))
        }
        expandedNodes = total
    }

    /// Records `composed` under `anchor` (if any) and returns it.
    mutating func remember(_ composed: Composed, as anchor: String?) -> Composed {
        if let anchor { anchors[anchor] = composed }
        return composed
    }
}
