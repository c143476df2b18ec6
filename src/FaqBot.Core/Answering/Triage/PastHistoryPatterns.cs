namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// History told as history: a suicide attempt, an overdose or self-harm with a time that puts it years back ("when i was
/// 15 i took a bunch of pills", "attempted suicide before we met", "suicidal thoughts in my 20s"), the way patients
/// mention it on the way to an ordinary question. These phrases are blanked before the rules run, so only the phrase
/// itself stops counting: anything else in the message (a present plan, "i want to again") still fires a rule, and the
/// learned layer still reads the whole message. Only distant times count; "last night" or "last week" never does, and a
/// first-person act counts as past only with a distant time or "used to".
/// </summary>
internal static class PastHistoryPatterns
{
    // A time years back. Ages need two digits, so "at 5" (o'clock) is not one. "In the past" counts only at the end or
    // before a word that closes the time, never in "in the past few days" or "in the past week".
    private const string Distant =
        @"(\d+ (years|yrs|year) ago|(a|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|few|couple|couple of|several|many) (years|yrs|decades?) ago|"
        + @"(\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|many) (winters|summers|springs|autumns|falls) ago|years ago|years back|a decade ago|"
        + @"ages ago|long ago|a long time ago|long time ago|back then|between (the )?ages? (of )?[1-9]\d and [1-9]\d|when i was (a |in |in my )?(teen|teenager|kid|child|young|younger|student|\d\d|teens|twenties|20s)|"
        + @"as a (teen|teenager|kid|child|student)|in (high school|middle school|junior high|college|uni|university|my (early |late |mid )?(teens|twenties|20s|thirties|30s|forties|40s))|"
        + @"(in )?my (freshman|sophomore|junior|senior) year|"
        + @"back in (high school|college|uni|university|the day|(19|20)\d\d)|in (19|20)\d\d|at (age )?(1[0-9]|[2-9][0-9])( years old)?\b|"
        + @"before (we met|i met \w+|we (got married|were married))|in the past($| (and|but|so|now|i|im|its|it|that|though|tho|however|anyway|which|ive|my|was|were|is|not|no|nothing|thankfully|luckily|really)\b)|in my past)";

    // The patterns run as NonBacktracking regexes on long messages, which have no lookarounds: "a word that is not
    // since" and "not followed by now" are spelt out letter by letter.
    private static readonly string NotSince = AnyWordBut("since");

    // Ideation words may also be past by "last year", a season ("last spring") or "once"; acts need a distant time. "For a
    // while now" is not past.
    private static readonly string PastForWords = "(" + Distant + @"|before i (started|began|tried|found) (ketamine|treatment|therapy|meds|medication|my meds|the infusions)|last year|last (spring|summer|fall|autumn|winter)|the year before|(over |more than )?a year ago|once|at one point|for a while( " + AnyWordBut("now") + "|$))";

    // Up to six words between a signal and its time, the last of them not "since": "suicidal since last year" or
    // "self harming ever since high school" is still going on, not history.
    private static readonly string UpToTheTime = $@"(( \w+){{0,5}} {NotSince})?";

    // A time that opens the phrase, not right after "since": "ever since my freshman year ive been self harming" is
    // still going on. The word before it (when there is one) is blanked with the phrase.
    private static readonly string NotAfterSince = $@"(^|\b{NotSince} )";

    private const string Act =
        @"((tried|attempted|try|attempt) to (kill|hang|drown|shoot|off|end) (myself|my self|my life)|overdosed|took an overdose|"
        + @"(took|swallowed) (a bunch|a lot|a handful|loads|lots|a bottle|a whole bottle|all) of (my |the )?(pills|tablets|meds)|(cut|burned|burnt|hurt|harmed|starved|hit) myself|slit my wrists?|"
        + @"(made|had) (an|one|my) (suicide )?attempt on my (own )?life|(had|used to have) thoughts? (of|about|to) (kill|killing|hurt|hurting|harm|harming|end|ending) (myself|my self|my life|it|it all|things)|"
        + @"thought (of|about) (killing|hurting|harming|ending) (myself|my self|my life|it|it all|things)|thought (of|about) eating my (gun|pistol|rifle)|"
        + @"(was|been|got) (admitted|hospitali[sz]ed|sectioned|committed|inpatient)( \w+){0,6} for (wanting to die|being suicidal|suicidal \w+|trying to (kill|hurt) myself|self harm\w*|an overdose|an attempt))";

    // The same in Spanish (accents folded: "años" is "anos"): "tuve un intento de suicidio hace 10 años", "me cortaba cuando
    // era adolescente". Only distant times, as in English.
    private const string DistantEs =
        @"(hace (\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|muchos|varios|unos|algunos)( \w+)? anos|hace anos|hace mucho( tiempo)?|"
        + @"cuando (era|tenia) (\d\d|joven|adolescente|nino|nina|chico|chica|estudiante)|en (19|20)\d\d|de (joven|adolescente))";

    // Past-tense acts only: a noun ("pensamientos suicidas", "autolesiones") may be the present ("desde hace 3 años tengo
    // pensamientos suicidas"), so it counts only with a past verb ("tuve", "tenia").
    private const string ActEs =
        @"((tuve|tenia) (un |unos |varios )?intentos? de suicidio|me (intente|trate de) (matar|suicidar|quitar la vida)|intente (matarme|suicidarme|quitarme la vida)|"
        + @"(tuve|tenia) pensamientos suicidas|pensaba en (matarme|suicidarme|morir|morirme|quitarme la vida)|me cortaba|me autolesionaba|(tuve|tenia) (una )?sobredosis)";

    // "Desde hace años" is still going on, as "since" is in English: the word before the time may not be "desde".
    private static readonly string NotAfterDesde = $@"(^|\b{AnyWordBut("desde")} )";
    private static readonly string UpToTheTimeEs = $@"(( \w+){{0,4}} {AnyWordBut("desde")})?";

    private const string SignalWords = @"(suicid\w*|sucid\w*|suicide attempts?|attempted suicide|self ?harm\w*|self ?injur\w*|overdoses?)";

    /// <summary>Phrases blanked before every crisis rule: a first-person act with a distant time, or one someone "used to" do.</summary>
    public static readonly IReadOnlyList<TriageRule> Acts =
    [
        new("past.act", $@"\b(i )?{Act}{UpToTheTime} {Distant}"),
        new("past.act", $@"{NotAfterSince}{Distant}( \w+){{0,6}} {Act}\b"),
        new("past.act", @"\b(used to|use to|would) (cut|burn|hurt|harm|starve|hit|punish|scratch) (myself|my self|my (wrists?|arms?|legs?|thighs?|stomach|skin))\b|\b(used to|use to) (bang|hit|slam) my head\b"),

        // "Took too many pills" is history only with its time right after it ("once, years back"): it is also how a
        // present overdose is told, so a distant time earlier in the message ("when i was 15 ... tonight i took too
        // many pills") must not reach it.
        new("past.act", $@"\b(i )?(took|swallowed) too (many|much)( of)? (my |the )?(pills|tablets|meds)( once| one time| that time)? {Distant}"),
        new("past.act", $@"\b{ActEs}{UpToTheTimeEs} {DistantEs}\b"),
        new("past.act", $@"{NotAfterDesde}{DistantEs}( \w+){{0,6}} {ActEs}\b"),

        // A relapse with its time after it ("a self harm relapse two years ago"), never a time before ("years ago i quit,
        // now a self harm relapse").
        new("past.act", $@"\b(a |an |my )?(sh|self harm) relapse( \w+){{0,2}} {Distant}"),

        // Thoughts of self-harm denied for a long time ("no thoughts of harming myself for a long time").
        new("past.act", @"\b(no|not had any|havent had any|have not had any|never had any|without any) (thoughts|urges) (of|about|to) (harming|hurting|killing|cutting|harm|hurt|kill|cut) (myself|my self)( \w+){0,2} (for|since|in) (a long time|a long while|years|ages|a decade|a while|\d+ (years|yrs|months))\b"),

        // Someone else's death by overdose, told as a death: grief, not an overdose happening now ("i overdosed and died
        // for a minute" is not blanked: only another person's death is).
        new("past.death", @"\b(he|she|they|my \w+|her \w+|his \w+|our \w+) (overdosed|odd) and (died|passed|passed away)\b|\b(died|passed away|passed) (of|from) an? (overdose|od)\b|\boverdose death\b|\blost (a|my|her|his|our|their) (\w+ )?\w+ to (an )?(overdose|suicide)\b"),
    ];

    /// <summary>Phrases blanked before the bare-word rules ("suicide", "suicidal", "self harm").</summary>
    public static readonly IReadOnlyList<TriageRule> HistoryWords =
    [
        new("past.words", $@"\b{SignalWords}{UpToTheTime} {PastForWords}"),
        new("past.words", $@"{NotAfterSince}{Distant}( \w+){{0,6}} {SignalWords}"),
        new("past.words", @"\b(former|past|previous|prior|lifetime|old) (suicid\w*|self ?harm\w*|overdoses?)( (attempts?|thoughts|history|survivors?))?\b|\bsuicide attempt survivors?\b"),
        new("past.words", $@"\b{SignalWords}( \w+){{0,2}} (days|phase|years) (are|is|were|was) (behind me|over|long over|long gone|in the past)\b"),
        new("past.words", $@"\b(in recovery|recovered|recovering|clean|free) from {SignalWords}|\b{SignalWords} free (for|since)\b"),
        new("past.words", @"\b(not|never|no longer|wasnt|havent been|have never been|ive never been|never been) (currently |actively |presently |been |really |ever )?(suicidal|self harming)\b"),
    ];

    // Any one word (normalized text: words and single spaces) except exactly this one, without a lookaround.
    private static string AnyWordBut(string word)
    {
        var choices = new List<string> { $"[^{word[0]} ]\\w*" };
        for (var i = 1; i < word.Length; i++)
        {
            choices.Add($"{word[..i]}([^{word[i]} ]\\w*)?");
        }

        choices.Add($"{word}\\w+");
        return "(" + string.Join('|', choices) + @")\b";
    }
}
