import ArgumentParser
import PolicyAlignKit
import Foundation

@main struct Main: ParsableCommand {
    @Argument var file: String
    func run() throws {
        let doc = try DocumentReader().read(path: file)
        let s = try SectionDetector().sections(of: doc)
        for x in s { print("\(x.startLine)-\(x.endLine)\tL\(x.level)\t\(x.runIn ? "R" : " ")\t\(x.heading ?? "<none>")") }
    }
}
