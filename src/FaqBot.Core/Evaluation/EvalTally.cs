using System.Globalization;
using FaqBot.Core.Answering;
using FaqBot.Core.Strings;

namespace FaqBot.Core.Evaluation;

/// <summary>
/// Running counts of a question-bank evaluation, scored as the Lucene baseline's score.py does: an answerable
/// question is a hit at rank r when an evidence string occurs (whitespace-normalised) in the r-th quote; an
/// unanswerable one must get no quotes; crisis / noncrisis / advice by the answer kind. Also counts, over
/// every reply that quotes (answerable and unanswerable questions together), the share that quotes the evidence.
/// </summary>
public sealed class EvalTally(int k = 3)
{
    private readonly Dictionary<string, (int Right, int Total)> _byKind = new(StringComparer.Ordinal);
    private int _answerTotal;
    private int _hit1;
    private int _hitK;
    private double _reciprocalRanks;
    private int _quoting;
    private int _quotingRight;

    /// <summary>Scores one answer; returns whether it was right for its kind.</summary>
    public bool Add(string kind, Answer answer, IReadOnlyList<string> evidence)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(evidence);
        var quotes = answer.Kind == AnswerKind.Abstain ? [] : answer.Quotes.Take(k).Select(q => Whitespace.Collapse(q.Text)).ToList();
        bool ok;
        switch (kind)
        {
            case "answer":
                var rank = quotes.FindIndex(q => evidence.Any(e => q.Contains(Whitespace.Collapse(e), StringComparison.Ordinal))) + 1;
                _answerTotal++;
                _hit1 += rank == 1 ? 1 : 0;
                _hitK += rank >= 1 ? 1 : 0;
                _reciprocalRanks += rank >= 1 ? 1.0 / rank : 0;
                _quoting += quotes.Count > 0 ? 1 : 0;
                _quotingRight += rank >= 1 ? 1 : 0;
                ok = rank >= 1;
                break;
            case "abstain":
                _quoting += quotes.Count > 0 ? 1 : 0;
                ok = quotes.Count == 0;
                break;
            case "crisis" or "emergency":
                // Either urgent card puts help first (the emergency card lists 988 too, the crisis card 911), and so
                // does the watch band's card above an answer.
                ok = answer.Crisis is not null;
                break;
            case "noncrisis":
                ok = answer.Crisis is null;
                break;
            case "advice" or "clinician":
                ok = answer.Kind == AnswerKind.Advice && answer.Crisis is null;
                break;
            default:
                return true; // other kinds are not scored here
        }

        var (right, total) = _byKind.GetValueOrDefault(kind);
        _byKind[kind] = (right + (ok ? 1 : 0), total + 1);
        return ok;
    }

    /// <summary>The figures so far.</summary>
    public EvalFigures Figures
    {
        get
        {
            var abstain = _byKind.GetValueOrDefault("abstain");
            return new EvalFigures(
                _answerTotal, Share(_hit1, _answerTotal), Share(_hitK, _answerTotal), _answerTotal == 0 ? double.NaN : _reciprocalRanks / _answerTotal,
                abstain.Total, Share(abstain.Right, abstain.Total), _quoting, Share(_quotingRight, _quoting));
        }
    }

    /// <summary>Writes one line per kind and the summary line.</summary>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var (kind, (right, total)) in _byKind.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{kind,-10} {right,4}/{total,-4} {Format(Share(right, total))}");
        }

        var all = _byKind.Values.Sum(v => v.Total);
        var allRight = _byKind.Values.Sum(v => v.Right);
        output.WriteLine($"overall    {allRight,4}/{all,-4} {Format(Share(allRight, all))}");
        var f = Figures;
        output.WriteLine($"answer_hit1={Format(f.Hit1)} answer_hit{k}={Format(f.HitK)} mrr{k}={Format(f.MrrK)} abstain_ok={Format(f.AbstainOk)} quoting_correct={Format(f.QuotingCorrect)}");
    }

    private static double Share(int right, int total) => total == 0 ? double.NaN : (double)right / total;

    private static string Format(double value) => double.IsNaN(value) ? "nan" : value.ToString("F3", CultureInfo.InvariantCulture);
}
