import Foundation

/// Distinct byte strings, numbered 0, 1, 2... in the order they were added: open
/// addressing by a hash of their bytes, the bytes kept one after another.
struct ByteStringTable {
    /// Id + 1 of the string in each slot; 0 is an empty slot.
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    private var hashes: [UInt64] = []
    /// Where each string starts in `bytes`; it ends where the next one starts.
    private var starts: [Int] = []
    private var bytes: [UInt8] = []

    var count: Int { hashes.count }

    /// The id of `string` if it is in the table, and its hash to insert it with.
    func find(_ string: UnsafeBufferPointer<UInt8>) -> (id: Int?, hash: UInt64) {
        let hash = Self.hash(string)
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                let mask = slots.count - 1
                var slot = Self.slot(of: hash, mask: mask)
                while slots[slot] != 0 {
                    let id = Int(slots[slot] - 1)
                    if hashes[id] == hash, equals(id, string) { return (id, hash) }
                    slot = (slot + 1) & mask
                }
                return (nil, hash)
            }
        }
    }

    /// A hash of the bytes read eight at a time (a word is a few loads, where a byte-wise
    /// hash took a multiply per byte); ids do not depend on it, only where strings sit.
    @inline(__always)
    static func hash(_ string: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = string.baseAddress else { return 0x9E37_79B9_7F4A_7C15 }
        let count = string.count
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        while offset + 8 <= count {
            hash = mix(hash ^ UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            hash = mix(hash ^ tail)
        }
        return hash
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: 0xBF58_476D_1CE4_E5B9)
        return product.high ^ product.low
    }

    /// The id of `string`, added if it is new.
    mutating func intern(_ string: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let (found, hash) = find(string)
        if let found { return (found, false) }
        return (insert(string, hash: hash), true)
    }

    /// Adds a string `find` did not find; returns its id.
    private mutating func insert(_ string: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let id = hashes.count
        hashes.append(hash)
        starts.append(bytes.count)
        bytes.append(contentsOf: string)
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for (id, hash) in hashes.enumerated() { place(id, hash: hash) }
        } else {
            place(id, hash: hash)
        }
        return id
    }

    private mutating func place(_ id: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id + 1)
    }

    private static func slot(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// Whether `count` bytes at two places are equal: eight at a time, in line, since most
    /// strings are words a few bytes long, where a call to memcmp costs more than the compare.
    @inline(__always)
    private static func sameBytes(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard count <= 64 else { return memcmp(left, right, count) == 0 }
        var offset = 0
        while offset + 8 <= count {
            if UnsafeRawPointer(left + offset).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(right + offset).loadUnaligned(as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < count {
            if left[offset] != right[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The string of an id.
    func string(_ id: Int) -> String {
        let end = id + 1 < starts.count ? starts[id + 1] : bytes.count
        return String(decoding: bytes[starts[id]..<end], as: UTF8.self)
    }

    /// Calls `body` with the bytes of an id, valid during the call.
    func withBytes<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let end = id + 1 < starts.count ? starts[id + 1] : bytes.count
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[id]..<end])) }
    }

    private func equals(_ id: Int, _ string: UnsafeBufferPointer<UInt8>) -> Bool {
        starts.withUnsafeBufferPointer { starts in
            let start = starts[id]
            let end = id + 1 < starts.count ? starts[id + 1] : bytes.count
            guard end - start == string.count else { return false }
            guard string.count > 0 else { return true }
            return bytes.withUnsafeBufferPointer { stored in
                Self.sameBytes(stored.baseAddress! + start, string.baseAddress!, count: string.count)
            }
        }
    }
}
