import Foundation

/// Gradient-boosted shallow regression trees (depth 2 or 3): per class, a sum of trees on the raw
/// features, read through a softmax (several classes) or a sigmoid (one class, a probability).
///
/// Why beside ``BoostedStumps``: a stump reads one feature at a time, so "a high probability *and* a
/// negated likeliest sentence" is two separate nudges that cannot depend on each other; a depth-2
/// tree makes the second split inside the first one's side. Plain numbers, deterministic.
public struct BoostedTrees: Sendable, Hashable {
    /// One tree as flat node arrays: node 0 is the root; a node with `feature[n] < 0` is a leaf
    /// worth `value[n]` (the learning rate already in it), else the sample goes to `left[n]` when
    /// `features[feature[n]] <= threshold[n]`, to `right[n]` otherwise.
    public struct Tree: Sendable, Hashable {
        public var classIndex: Int
        public var feature: [Int]
        public var threshold: [Double]
        public var left: [Int]
        public var right: [Int]
        public var value: [Double]

        public init(classIndex: Int, feature: [Int], threshold: [Double], left: [Int], right: [Int], value: [Double]) {
            self.classIndex = classIndex
            self.feature = feature
            self.threshold = threshold
            self.left = left
            self.right = right
            self.value = value
        }

        /// The leaf value `features` reaches.
        public func value(_ features: [Double]) -> Double {
            var node = 0
            while feature[node] >= 0 {
                node = features[feature[node]] <= threshold[node] ? left[node] : right[node]
            }
            return value[node]
        }
    }

    /// Each class's starting score (log of its weighted share; for one class, the log-odds).
    public var initial: [Double]
    /// In boosting order: each round adds one tree per class.
    public var trees: [Tree]

    public init(initial: [Double], trees: [Tree]) {
        self.initial = initial
        self.trees = trees
    }

    /// Raw class scores.
    public func scores(_ features: [Double]) -> [Double] {
        var scores = initial
        for tree in trees {
            precondition(tree.classIndex < scores.count, "tree on class \(tree.classIndex), past \(scores.count) classes")
            scores[tree.classIndex] += tree.value(features)
        }
        return scores
    }

    /// The softmax over classes.
    public func probabilities(_ features: [Double]) -> [Double] {
        LinearModel.softmax(scores(features))
    }

    /// For a one-class model: the probability of the positive class.
    public func probability(_ features: [Double]) -> Double {
        1 / (1 + exp(-scores(features)[0]))
    }

    /// The model after its first `rounds` rounds (what a round count chosen by cross-validation keeps).
    public func prefix(rounds: Int) -> BoostedTrees {
        BoostedTrees(initial: initial, trees: Array(trees.prefix(rounds * initial.count)))
    }
}
