using FaqBot.Core.Answering;

namespace FaqBot.Cli.Commands;

/// <summary>Running counts for <see cref="EvalCommand"/>.</summary>
internal sealed class EvalTally
{
    private readonly Dictionary<string, (int Right, int Total)> _byKind = new(StringComparer.Ordinal);
    private int _answerTotal;
    private int _hit1;
    private int _hitK;
    private double _reciprocalRanks;

    /// <summary>Scores one answer; returns whether it was right for its kind.</summary>
    public bool Add(string kind, Answer answer, List<string> evidence, int k)
    {
        var quotes = answer.Kind == AnswerKind.Abstain ? [] : answer.Quotes.Select(q => Normalize(q.Text)).ToList();
        bool ok;
        switch (kind)
        {
            case "answer":
                var rank = quotes.Take(k).ToList().FindIndex(q => evidence.Any(e => q.Contains(Normalize(e), StringComparison.Ordinal))) + 1;
                _answerTotal++;
                _hit1 += rank == 1 ? 1 : 0;
                _hitK += rank >= 1 ? 1 : 0;
                _reciprocalRanks += rank >= 1 ? 1.0 / rank : 0;
                ok = rank >= 1;
                break;
            case "abstain":
                ok = quotes.Count == 0;
                break;
            case "crisis" or "emergency":
                // Either urgent card puts help first (the emergency card lists 988 too, the crisis card 911).
                ok = answer.Kind is AnswerKind.Crisis or AnswerKind.Emergency;
                break;
            case "noncrisis":
                ok = answer.Kind is not (AnswerKind.Crisis or AnswerKind.Emergency);
                break;
            case "advice" or "clinician":
                ok = answer.Kind == AnswerKind.Advice;
                break;
            default:
                return true; // other kinds are counted by score.py, not scored
        }

        var (right, total) = _byKind.GetValueOrDefault(kind);
        _byKind[kind] = (right + (ok ? 1 : 0), total + 1);
        return ok;
    }

    public void Write(TextWriter output, int k)
    {
        foreach (var (kind, (right, total)) in _byKind.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{kind,-10} {right,4}/{total,-4} {Fraction(right, total)}");
        }

        var all = _byKind.Values.Sum(v => v.Total);
        output.WriteLine($"overall    {_byKind.Values.Sum(v => v.Right),4}/{all,-4} {Fraction(_byKind.Values.Sum(v => v.Right), all)}");
        var abstain = _byKind.GetValueOrDefault("abstain");
        output.WriteLine($"answer_hit1={Fraction(_hit1, _answerTotal)} answer_hit{k}={Fraction(_hitK, _answerTotal)} mrr{k}={(_answerTotal == 0 ? "nan" : (_reciprocalRanks / _answerTotal).ToString("F3", System.Globalization.CultureInfo.InvariantCulture))} abstain_ok={Fraction(abstain.Right, abstain.Total)}");
    }

    private static string Fraction(int right, int total) =>
        total == 0 ? "nan" : ((double)right / total).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
