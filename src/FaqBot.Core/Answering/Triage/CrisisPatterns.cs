namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Crisis lexicon over normalized text (lower case, no apostrophes, single spaces). Policy: a PERSONAL
/// signal of suicide, self-harm, overdose or a medical emergency is a crisis wherever it sits in the
/// message, even inside an ordinary question; when a phrase is ambiguous between a personal signal and
/// a figure of speech, we choose crisis, because a needless crisis card costs far less than a missed one.
/// Only clearly informational framings ("suicide risk", "overdose risk", "dying to know") stay questions.
/// </summary>
internal static class CrisisPatterns
{
    // "cant" after apostrophe removal, plus the common spellings patients type.
    private const string Cant = "(cant|cannot|can not|cnt|cnat|cannt|carnt|caint|cant even)";

    // Intent verbs in front of an act: "want to", "wanna", "going to", "thinking about"...
    private const string Intent =
        "(want to|wanna|wana|want too|wnat to|wan to|need to|going to|gonna|gunna|about to|plan to|planning to|"
        + "trying to|try to|thinking about|thinking of|think about|decided to|ready to)";

    private const string Self = "(myself|my self|mysefl|myslef|mself)";

    /// <summary>Rules in priority order; the rule name tells which family fired.</summary>
    public static readonly IReadOnlyList<TriageRule> Rules =
    [
        // Explicit suicidal intent, with slang used to dodge moderation ("kms", "unalive").
        new("crisis.suicide", $@"\b(kil+|kil+ing|kil+ed|murder) ?{Self}\b"),
        new("crisis.suicide", @"\b(kms|kmsl)\b"),
        new("crisis.suicide", @"\bun ?aliv(e|ed|ing)\b"),
        new("crisis.suicide", $@"\b(take|taking|end|ending) my (own )?life\b"),
        new("crisis.suicide", @"\b(end|ending|end ing) (it all|things|everything)\b"),
        new("crisis.suicide", $@"\b{Intent} (end it|end things|do it tonight)\b"),
        new("crisis.suicide", $@"\b(hang|hanging|shoot|shooting|drown|drowning) ?{Self}\b"),
        new("crisis.suicide", @"\bjump (off|from) (a|the|my) (bridge|building|roof|cliff|balcony)\b"),

        // The adjective "suicidal" is nearly always about the writer's (or a loved one's) own state, so it
        // is a crisis even in "can ketamine help my suicidal thoughts".
        new("crisis.suicide", @"\b(suicidal|sucidal|suicidle|suicidial|suisidal)\w*"),

        // First person near "suicide": "i keep thinking about suicide", "my suicide plan".
        new("crisis.suicide", @"\b(im|i am|i feel|i felt|feeling|ive been|i have been|i keep|i get|i got|i had|i have|i think|my)( \w+){0,3} (suicid|sucid|suicd|suiside)\w*"),


        // Passive ideation: wanting to die, to disappear, to not wake up, not seeing a point.
        new("crisis.ideation", @"\b(want|wanna|wana|wnat|wan|whant|wont to|wish|wishing|wanting|ready|going) (to |too )?(die|dye|di)\b"),
        new("crisis.ideation", @"\bwish i (was|were|wasnt|werent|wasn t|had never been) (dead|born|here|alive|around|gone)\b"),
        new("crisis.ideation", @"\bwish i could (die|disappear|sleep forever|just die|not exist)\b"),
        new("crisis.ideation", @"\bbetter off (dead|without me|if i\b|with me gone|when im gone)"),
        new("crisis.ideation", @"\b(nobody|no one|noone|no body) (would|will|is going to) (even )?(miss|care|notice)\b"),
        new("crisis.ideation", @"\b(im|i am|i feel like|i feel like im) (just )?a burden\b"),
        new("crisis.ideation", @"\b(dont|do not|cant|cannot|can not|no longer|dont really) see (the|any|a) point\b"),
        new("crisis.ideation", @"\b(no|whats the|what is the) (point|reason) (in |of |to )?(living|life|going on|being alive|being here|existing|anything any ?more|trying any ?more|live)\b"),
        new("crisis.ideation", @"\bno (point|reason) any ?more\b"),
        new("crisis.ideation", $@"\b{Cant} (go on|keep going|carry on|do this any ?more|do this any longer|take (it|this) any ?more|take (it|this) any longer|live like this|cope any ?more|handle (it|this|life) any ?more)\b"),
        new("crisis.ideation", @"\b(dont|do not|dont really|no longer) (want|wanna|wish) (to )?(live|be alive|be here|exist|wake up|go on|keep living)\b"),
        new("crisis.ideation", @"\b(tired|sick|exhausted) of (living|life|being alive|existing)\b"),
        new("crisis.ideation", $@"\b({Intent}|i just want to|wish i could) (disappear|vanish|not exist|stop existing|sleep forever)\b"),
        new("crisis.ideation", @"\bdisappear (forever|for good|permanently)\b"),
        new("crisis.ideation", @"\b(think|thinking|thought|thoughts) (a lot )?(about|of) (death|dying|being dead|not being here|not existing)\b"),
        new("crisis.ideation", @"\b(done|finished) with (life|living|being alive|everything|it all)\b"),
        new("crisis.ideation", @"\b(there is|theres|there s|see) no (way out|future|hope|reason to live)\b"),
        new("crisis.ideation", @"\b(life is|lifes|life isnt|life is not|not|isnt|aint) (not )?(worth living|worth it any ?more|pointless|meaningless)\b"),
        new("crisis.ideation", @"\bhate (my life|being alive|living|existing)\b"),
        new("crisis.ideation", @"\b(nothing|life) (matters|means anything) any ?more\b"),
        new("crisis.ideation", @"\b(dark|bad|intrusive) thoughts (about|of) (myself|dying|death|ending)\b|\bdark thoughts\b"),

        // Ambiguous with chronic pain, but it is a classic way of voicing suicidal pain: prefer crisis.
        new("crisis.ideation", @"\b(just )?want (it|the pain|this pain|all the pain|everything|all of it) to (stop|end|go away) (forever|for good|permanently)?\b|\bi just want (it|the pain|this pain|everything) to (stop|end)\b"),
        new("crisis.ideation", @"\b(go to sleep|sleep|fall asleep) and (not|never) wake up\b"),

        // Self-harm. "hurt myself" also fires for an accident ("hurt myself at the gym"); accepted, see policy.
        new("crisis.self-harm", $@"\b(hurt|hurting|hurted|harm|harming|cut|cuts|cutting|cuttin|burn|burning|burnt|hit|hitting|punch|punching|starve|starving|punish|punishing|scratch|scratching) ?{Self}\b"),
        new("crisis.self-harm", @"\bself ?(harm|harming|harmed|injury|injure|injuring|mutilation|mutilate)\b"),
        new("crisis.self-harm", @"\b(cut|cutting|slit|slitting|slash|slashing) (my|me|his|her) (wrist|wrists|arm|arms|leg|legs|thigh|thighs|throat)\b"),

        // Overdose. Past or ongoing acts are always a crisis; the bare noun in a question about the drug
        // ("overdose risk of ketamine?", "can you overdose on ketamine") is informational, not personal.
        new("crisis.overdose", @"\b(overdosed|overdosing|over dosed|over dosing|overdoseing|odd on|oded)\b"),
        new("crisis.overdose", @"\b(took|taken|swallowed|ate|downed|popped|drank|injected) (too many|too much|way too many|way too much|all (of )?(my|the|his|her|their)|a (whole|full|entire) (bottle|pack|packet|box|strip|blister)|the (whole|entire|full) (bottle|pack|packet|box)|a handful|handfuls|a bunch of (pills|tablets)|a bottle|an entire bottle|extra (pills|doses))\b"),
        new("crisis.overdose", $@"\b{Intent} (overdose|od|take all (of )?my (pills|meds|medication|tablets))\b"),
        new("crisis.overdose", @"\b(i|he|she|hes|shes|they|theyre|we) (just |might have |may have |think i |think he |think she )?(overdose|od|oded|odd)\b"),

        // Medical emergencies: breathing, chest pain, seizures, unresponsiveness.
        new("crisis.emergency", $@"\b{Cant} (breath|breathe|breth|breate|breathing|get (a )?breath|catch (my|his|her) breath)\b"),
        new("crisis.emergency", @"\b(not|stopped|isnt|is not|hes not|shes not|wasnt|arent|stop|quit) breathing\b"),
        new("crisis.emergency", @"\b(trouble|difficulty|difficult|hard|struggling|hard time|problems|problem|cant) (to )?(breath|breathe|breathing)\b"),
        new("crisis.emergency", @"\bshort(ness)? of breath\b"),
        new("crisis.emergency", @"\bchest (pain|pains|hurts|is hurting|hurting|tightness|pressure|is pounding)\b"),
        new("crisis.emergency", @"\bchest (feels|is|feeling)( a bit| a little| kind of| kinda| really| so| very)? (tight|heavy|painful|sore|crushed)\b"),
        new("crisis.emergency", @"\b(pain|pains|tightness|pressure|crushing) in (my|his|her|the) chest\b"),
        new("crisis.emergency", @"\b(having|had|has|is having|im having|think im having|think i had) (a |an )?(heart attack|stroke|seizure|seizures|fit|convulsion|convulsions|panic attack and cant breathe|allergic reaction)\b"),
        new("crisis.emergency", @"\b(seizing|convulsing)\b"),
        new("crisis.emergency", @"\b(not|never|isnt|is not|wont|will not|cant|didnt|doesnt) (waking|wake) (up|him up|her up|them up)\b"),
        new("crisis.emergency", @"\b(passed out|unconscious|unresponsive|collapsed|blacked out|fainted|turning blue|lips are blue)\b"),
        new("crisis.emergency", @"\b(throat|tongue) (is )?(closing|swelling|swollen)\b"),
        new("crisis.emergency", @"\b(anaphylaxis|anaphylactic)\b"),
        new("crisis.emergency", @"\b(having|im having|i am having|in the middle of) (a |an )?(panic attack|anxiety attack)\b"),
        new("crisis.emergency", @"\bheart (is )?(racing|pounding|beating (so |really |very |too )?(fast|hard)|going to explode|gonna explode)\b"),
        new("crisis.emergency", @"\b(wont|cant|will not|doesnt|isnt going to) stop (bleeding|shaking)\b"),
        new("crisis.emergency", @"\b(call|calling|dial|need|get) (911|999|112|000|an ambulance|the ambulance|ambulance|paramedics)\b"),
    ];

    /// <summary>
    /// Harmless or informational phrases, blanked out before <see cref="ExemptableRules"/> run:
    /// "is it a suicide risk drug?", "risk of suicide", "dying to know", "emergency contact".
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> InformationalPhrases =
    [
        new("info.suicide", @"\b(suicide|suicides|sucide|suicde|suiside) (risk|risks|rate|rates|prevention|statistics|stats|research|studies|study|data)\b"),
        new("info.suicide", @"\b(risk|risks|rate|rates|reduce|reduces|reducing|lower|lowers|lowering|prevent|prevents|preventing|prevention) (of )?(suicide|suicides|sucide|suicde|suiside)\b"),
        new("info.dying", @"\bdying (to|for|of laugh\w*|laughing|lol|lmao|haha)\b"),
        new("info.emergency", @"\bemergency (contact|contacts)\b"),
    ];

    /// <summary>
    /// Rules that run on the text with <see cref="InformationalPhrases"/> blanked. A first-person signal
    /// ("i am at risk of suicide") is already caught by <see cref="Rules"/>, which see the full text.
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> ExemptableRules =
    [
        // The noun alone is a crisis ("suicide", "my brother and suicide"), except informational framings.
        new("crisis.suicide", @"\b(suicide|suicides|sucide|suicde|suiside)\b"),

        // "i feel like im dying" is an emergency; "im dying to know" and "dying of laughter" are not.
        new("crisis.emergency", @"\b(i think|i feel like|feel like|feels like|feeling like|i am|im|i might be)( im| i am)? dying\b"),
        new("crisis.emergency", @"\b(medical )?emergency\b"),
    ];
}
