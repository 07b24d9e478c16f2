import Foundation

/// Learns ``WordAssociations`` from unlabelled text: stems are the scorer's own (``TextAnalyzer``:
/// content words, numbers left out), so they match what the verifier meets at run time.
///
/// 1. Vocabulary: stems in at least `minimumDocuments` documents (ties by stem, so the order is fixed).
/// 2. Co-occurrence: within a sentence, each pair of vocabulary stems at most `window` content words
///    apart counts once.
/// 3. PPMI, with the context distribution smoothed (counts^0.75, Levy et al. 2015).
/// 4. Vectors: the leading `dimensions` left singular vectors of the sparse PPMI matrix, by subspace
///    iteration from a fixed pseudo-random start and a Jacobi eigensolver for the small projected
///    matrix, each scaled by the square root of its singular value; rows made unit length and rounded
///    to `Int8`.
///
/// Deterministic: one thread, sums in a fixed order, a fixed seed.
public enum AssociationTraining {
    public struct Options: Sendable {
        /// A stem is kept when this many documents have it.
        public var minimumDocuments = 10
        /// Content words either side that count as together.
        public var window = 5
        public var dimensions = 48
        /// Subspace iterations (each one multiplies by the matrix and its transpose).
        public var iterations = 8
        /// Context counts are raised to this power before PMI.
        public var smoothing = 0.75
        /// Each dimension is scaled by its eigenvalue of M·Mᵀ to this power: 0.25 is the square root
        /// of the singular value.
        public var eigenvaluePower = 0.25

        public init() {}
    }

    /// `documents`: per document, its texts (title, sentences); each text is a co-occurrence scope.
    public static func train(documents: [[String]], options: Options = Options()) -> WordAssociations {
        let analyzer = TextAnalyzer()
        // Per document, per text, the content stems (as analyzer ids), numbers left out.
        var analysed: [[[Int32]]] = []
        analysed.reserveCapacity(documents.count)
        for texts in documents {
            analysed.append(texts.map { text in
                let analysis = analyzer.analyze(text)
                var ids: [Int32] = []
                for index in 0..<analysis.count where analysis.isContent[index] && !analysis.isNumber[index] {
                    ids.append(analysis.stemIDs[index].raw)
                }
                return ids
            })
        }
        let allStems = analyzer.vocabulary.stems
        var documentFrequency = Array(repeating: Int32(0), count: allStems.count)
        for document in analysed {
            for id in Set(document.joined()) { documentFrequency[Int(id)] += 1 }
        }
        let kept = allStems.indices
            .filter { Int(documentFrequency[$0]) >= options.minimumDocuments }
            .sorted { allStems[$0] < allStems[$1] }
        var row = Array(repeating: Int32(-1), count: allStems.count)
        for (position, id) in kept.enumerated() { row[id] = Int32(position) }
        let size = kept.count

        var sentences: [[Int32]] = []
        for document in analysed {
            for text in document { sentences.append(text.map { row[Int($0)] }) }
        }
        let matrix = ppmi(sentences: sentences, size: size, window: options.window, smoothing: options.smoothing)
        let vectors = embed(matrix, size: size, dimensions: min(options.dimensions, max(size - 1, 1)), iterations: options.iterations,
            power: options.eigenvaluePower)
        return WordAssociations(
            stems: kept.map { allStems[$0] }, documentFrequencies: kept.map { documentFrequency[$0] },
            documentCount: documents.count, dimensions: vectors.dimensions, vectors: vectors.values)
    }

    /// A sparse square matrix, rows in order, columns ascending within a row.
    struct SparseMatrix {
        var rowStart: [Int]
        var columns: [Int32]
        var values: [Double]
    }

    /// Pair counts within `window` (ids < 0 are words outside the vocabulary: they hold a place but
    /// count nothing), then PPMI.
    static func ppmi(sentences: [[Int32]], size: Int, window: Int, smoothing: Double) -> SparseMatrix {
        var pairs: [UInt64] = []
        for sentence in sentences {
            for (position, first) in sentence.enumerated() where first >= 0 {
                for other in sentence[(position + 1)..<min(sentence.count, position + 1 + window)] where other >= 0 && other != first {
                    pairs.append(UInt64(first) << 32 | UInt64(other))
                    pairs.append(UInt64(other) << 32 | UInt64(first))
                }
            }
        }
        pairs.sort()
        var rowStart = Array(repeating: 0, count: size + 1)
        var columns: [Int32] = []
        var counts: [Double] = []
        var index = 0
        while index < pairs.count {
            var end = index + 1
            while end < pairs.count && pairs[end] == pairs[index] { end += 1 }
            rowStart[Int(pairs[index] >> 32) + 1] += 1
            columns.append(Int32(truncatingIfNeeded: pairs[index] & 0xFFFF_FFFF))
            counts.append(Double(end - index))
            index = end
        }
        for row in 0..<size { rowStart[row + 1] += rowStart[row] }
        var rowTotals = Array(repeating: 0.0, count: size)
        var columnTotals = Array(repeating: 0.0, count: size)
        var total = 0.0
        for row in 0..<size {
            for entry in rowStart[row]..<rowStart[row + 1] {
                rowTotals[row] += counts[entry]
                columnTotals[Int(columns[entry])] += counts[entry]
                total += counts[entry]
            }
        }
        let smoothed = columnTotals.map { pow($0, smoothing) }
        let smoothedTotal = smoothed.reduce(0, +)
        var values = Array(repeating: 0.0, count: counts.count)
        for row in 0..<size {
            for entry in rowStart[row]..<rowStart[row + 1] {
                let column = Int(columns[entry])
                let pmi = log(counts[entry] * smoothedTotal / (rowTotals[row] * smoothed[column]))
                values[entry] = max(0, pmi)
            }
        }
        return SparseMatrix(rowStart: rowStart, columns: columns, values: values)
    }

    /// `size × dimensions` Int8 vectors from the leading singular vectors of `matrix`.
    static func embed(_ matrix: SparseMatrix, size: Int, dimensions: Int, iterations: Int, power: Double = 0.25) -> (dimensions: Int, values: [Int8]) {
        guard size > 0, dimensions > 0 else { return (0, []) }
        let width = min(size, dimensions + 16)
        // M · X and Mᵀ · X for X row-major `size × width`.
        func multiply(_ x: [Double], transposed: Bool) -> [Double] {
            var result = Array(repeating: 0.0, count: size * width)
            for row in 0..<size {
                for entry in matrix.rowStart[row]..<matrix.rowStart[row + 1] {
                    let column = Int(matrix.columns[entry])
                    let value = matrix.values[entry]
                    let (target, source) = transposed ? (column, row) : (row, column)
                    for k in 0..<width { result[target * width + k] += value * x[source * width + k] }
                }
            }
            return result
        }
        var generator = SplitMix64(seed: 0x5EED)
        var q = (0..<size * width).map { _ in generator.nextUnit() * 2 - 1 }
        orthonormalise(&q, rows: size, width: width)
        for _ in 0..<iterations {
            q = multiply(multiply(q, transposed: true), transposed: false)
            orthonormalise(&q, rows: size, width: width)
        }
        // B = (Mᵀ Q)ᵀ (Mᵀ Q) = Qᵀ M Mᵀ Q: its eigenvalues are the squared singular values.
        let z = multiply(q, transposed: true)
        var b = Array(repeating: 0.0, count: width * width)
        for i in 0..<width {
            for j in i..<width {
                var sum = 0.0
                for row in 0..<size { sum += z[row * width + i] * z[row * width + j] }
                b[i * width + j] = sum
                b[j * width + i] = sum
            }
        }
        let (eigenvalues, eigenvectors) = jacobiEigen(b, size: width)
        let order = (0..<width).sorted { eigenvalues[$0] != eigenvalues[$1] ? eigenvalues[$0] > eigenvalues[$1] : $0 < $1 }
            .prefix(dimensions)
        var values: [Int8] = []
        values.reserveCapacity(size * dimensions)
        for row in 0..<size {
            var vector = order.map { component -> Double in
                var sum = 0.0
                for k in 0..<width { sum += q[row * width + k] * eigenvectors[k * width + component] }
                return sum * pow(max(eigenvalues[component], 0), power)
            }
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { vector = vector.map { $0 / norm } }
            values.append(contentsOf: vector.map { Int8(max(-127, min(127, ($0 * 127).rounded()))) })
        }
        return (dimensions, values)
    }

    /// Modified Gram–Schmidt on the columns of row-major `x` (`rows × width`).
    static func orthonormalise(_ x: inout [Double], rows: Int, width: Int) {
        for column in 0..<width {
            for previous in 0..<column {
                var dot = 0.0
                for row in 0..<rows { dot += x[row * width + column] * x[row * width + previous] }
                for row in 0..<rows { x[row * width + column] -= dot * x[row * width + previous] }
            }
            var norm = 0.0
            for row in 0..<rows { norm += x[row * width + column] * x[row * width + column] }
            norm = norm.squareRoot()
            let scale = norm > 1e-300 ? 1 / norm : 0
            for row in 0..<rows { x[row * width + column] *= scale }
        }
    }

    /// Eigenvalues and eigenvectors (columns of the row-major result) of a symmetric matrix, by
    /// cyclic Jacobi rotations.
    static func jacobiEigen(_ matrix: [Double], size n: Int) -> (values: [Double], vectors: [Double]) {
        var a = matrix
        var v = Array(repeating: 0.0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in 0..<n where i != j { off += a[i * n + j] * a[i * n + j] } }
            if off < 1e-22 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where abs(a[p * n + q]) > 1e-300 {
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<n {
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq
                        v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0 * n + $0] }, v)
    }
}

/// A small fixed pseudo-random sequence (SplitMix64): the same numbers on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }
}
