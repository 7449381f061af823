import ArgumentParser
@main struct Zinynas: ParsableCommand {}
