namespace FaqBot.Core.Analysis;

/// <summary>What a matched term sequence expands to.</summary>
/// <param name="Alternatives">Analyzed term sequences emitted as synonyms of the match.</param>
/// <param name="KeepOriginal">True for equivalence rules (<c>a, b</c>); false when an explicit rule (<c>a =&gt; b</c>) replaces the match.</param>
public sealed record SynonymRule(IReadOnlyList<string[]> Alternatives, bool KeepOriginal);
