namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Crisis lexicon over normalized text (lower case, no apostrophes, single spaces): direct and indirect
/// ideation. Acts and preparations are in <see cref="CrisisActPatterns"/>, Spanish in
/// <see cref="SpanishPatterns"/>, medical emergencies in <see cref="EmergencyPatterns"/>. Policy: a PERSONAL
/// signal of suicide, self-harm or overdose is a crisis wherever it sits in the
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

    // An attempt on one's own life, and a time within the last few days (crisis.recent-attempt, either order).
    private const string Attempted = "(tried|attempted|try|trying) to (overdose|od|kill (myself|himself|herself|themselves)|end (it|my life|his life|her life)|take (my|his|her) (own )?life)";
    private const string InTheLastDays = "(on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last night|this (morning|week|weekend)|(a|one|two|three|four|five|six|few|couple|couple of|2|3|4|5|6) days? ago|earlier today|tonight)";

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

        // At risk, said of oneself: the informational blanking below would otherwise hide "risk of suicide".
        new("crisis.suicide", @"\b(im|i am|i feel|i think im|feel)( \w+){0,2} (at )?(high |real |serious )?risk (of|for) (suicide|self harm|hurting myself|killing myself)\b"),


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
        new("crisis.ideation", @"\bdisappear\w* (forever|for good|permanently)\b|\bsleep forever\b|\b(thinking|thought|thoughts) (of|about) ending (it|things|my life|everything)\b"),
        new("crisis.ideation", @"\b(think|thinking|thought|thoughts) (a lot )?(about|of) (death|dying|being dead|not being here|not existing)\b"),
        new("crisis.ideation", @"\b(done|finished) with (life|living|being alive|everything|it all)\b"),
        new("crisis.ideation", @"\b(there is|theres|there s|see) no (way out|future|hope|reason to live)\b"),
        new("crisis.ideation", @"\b(life is|lifes|life isnt|life is not|not|isnt|aint) (not )?(worth living|worth it any ?more|pointless|meaningless)\b"),
        new("crisis.ideation", @"\bhate (my life|being alive|living|existing)\b"),
        new("crisis.ideation", @"\b(nothing|life) (matters|means anything) any ?more\b"),
        new("crisis.ideation", @"\b(dark|bad|intrusive) thoughts (about|of) (myself|dying|death|ending)\b|\bdark thoughts\b"),

        // Hopelessness, burden and feeling trapped (988 / AFSP / NIMH), said in the present.
        new("crisis.ideation", @"\b(i feel|feeling|im|i am|so|completely|totally) hopeless\b|\bno future (for me|left)\b|\bbeyond help\b|\bmy life is over\b|\bhope is gone\b|\b(lost all|no|without any) hope\b"),
        new("crisis.ideation", @"\bnever (going to|gonna) get better\b|\bnothing (to look forward to|left for me|can (help|save|fix) me)\b|\b(gave|given|give|giving) up on (getting better|life|myself|everything|living)\b|\bbroken for good\b"),
        new("crisis.ideation", @"\b(fine|happier|better|free|relieved|easier)( \w+){0,3} without me\b|\bwithout me (around|dragging|here|in the way)\b|\bwaste of (space|oxygen|air|skin)\b|\b(a|such a) (drain|burden) on\b"),
        new("crisis.ideation", @"\bif i (was|were|wasnt|werent) (gone|around|here|dead|alive)\b|\bif i died\b|\bgone for good\b|\bi just want out\b|\bfor much longer\b|\bhope( \w+){0,4} (hits me|hit me|goes down|crashes|kills me)\b"),
        new("crisis.ideation", @"\bunbearable\b|\bcant (bear|stand) it( any ?more| any longer)?\b|\b(no|only one|one|the only) way out\b|\bonly (exit|option left|way out)\b|\bpermanent (one|solution|way out|exit|escape)\b|\bcornered\b|\b(feel|feeling|im|i am) (so |completely )?trapped\b"),
        new("crisis.ideation", @"\b(if i|hope i|wish i|and) (didnt|dont|never|wouldnt|did not) wake up\b|\bthoughts (of|about) (jumping|dying|death|ending it|killing|hurting myself)\b|\b(tired|sick) of existing\b"),

        // Ambiguous with chronic pain, but it is a classic way of voicing suicidal pain: prefer crisis.
        new("crisis.ideation", @"\b(just )?want (it|the pain|this pain|all the pain|everything|all of it) to (stop|end|go away) (forever|for good|permanently)?\b|\bi just want (it|the pain|this pain|everything) to (stop|end)\b"),
        new("crisis.ideation", @"\b(go to sleep|sleep|fall asleep) and (not|never) wake up\b"),

        // Self-harm. "hurt myself" also fires for an accident ("hurt myself at the gym"); accepted, see policy.
        new("crisis.self-harm", $@"\b(hurt|hurting|hurted|harm|harming|cut|cuts|cutting|cuttin|burn|burning|burnt|burned|hit|hitting|punch|punching|starve|starving|punish|punishing|scratch|scratching) ?{Self}\b"),
        new("crisis.self-harm", @"\b(cut|cutting|slit|slitting|slash|slashing) (my|me|his|her) (wrist|wrists|arm|arms|leg|legs|thigh|thighs|throat)\b"),

        // An attempt in the last few days, the strongest warning sign there is, told in passing ("since i tried to overdose
        // on sunday"): the history rules only blank distant times, and the learned layer read it as a ride question.
        new("crisis.recent-attempt", $@"\b{Attempted}\b[^.?!\n]*\b{InTheLastDays}\b|\b{InTheLastDays}\b[^.?!\n]*\b{Attempted}\b"),

        // Overdose. Past or ongoing acts are always a crisis; the bare noun in a question about the drug
        // ("overdose risk of ketamine?", "can you overdose on ketamine") is informational, not personal.
        new("crisis.overdose", @"\b(overdosed|overdosing|over dosed|over dosing|overdoseing|odd on|oded)\b"),
        new("crisis.overdose", @"\b(took|taken|swallowed|ate|downed|popped|drank|injected) (too many|too much|way too many|way too much|all (of )?(my|the|his|her|their)|a (whole|full|entire) (bottle|pack|packet|box|strip|blister)|the (whole|entire|full) (bottle|pack|packet|box)|a handful|handfuls|a bunch of (pills|tablets)|a bottle|an entire bottle|extra (pills|doses))\b"),
        new("crisis.overdose", $@"\b{Intent} (overdose|od|take all (of )?my (pills|meds|medication|tablets))\b"),
        new("crisis.overdose", @"\b(i|he|she|hes|shes|they|theyre|we) (just |might have |may have |think i |think he |think she )?(overdose|od|oded|odd)\b"),
    ];

    /// <summary>
    /// Figures of speech blanked before every crisis rule, like history told as history: "overdosed on true crime
    /// podcasts" is not an overdose. Only things nobody swallows are listed, with at most a word such as "my" or "the"
    /// between, so "overdosed on pills watching tv" still fires.
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> Idioms =
    [
        new("idiom.overdose", @"\b(overdosed|overdosing|overdose|od|oded|odd|odding) on (my |the |some |reality |bad |cheesy |christmas )?(podcasts?|tv|netflix|shows?|episodes?|series|news|social media|tiktok|youtube|memes|true crime|cartoons|anime|music|movies|films|books|novels|video games|games)\b"),

        // "Unalive" said of a thing ("gonna unalive my controller"): nobody's life.
        new("idiom.unalive", @"\bun ?aliv(e|ing) (my|the|this|that|his|her|their|our) (controller|phone|laptop|computer|pc|tv|router|printer|keyboard|mouse|alarm|alarm clock|wifi|car|headphones|xbox|switch|playstation|console)\b"),
    ];

    /// <summary>
    /// Harmless or informational phrases, blanked out before <see cref="BareWordRules"/> run:
    /// "is it a suicide risk drug?", "risk of suicide", "dying to know", "emergency contact".
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> InformationalPhrases =
    [
        new("info.suicide", @"\b(suicide|suicides|sucide|suicde|suiside) (risk|risks|rate|rates|prevention|statistics|stats|research|studies|study|data)\b"),
        new("info.suicide", @"\b(risk|risks|rate|rates|reduce|reduces|reducing|lower|lowers|lowering|prevent|prevents|preventing|prevention) (of )?(suicide|suicides|sucide|suicde|suiside)\b"),
        new("info.dying", @"\bdying (to|for|of laugh\w*|laughing|lol|lmao|lmfao|haha\w*)\b"),

        // Laughter or impatience, not a body failing: "lol im dying", "im dying here, how long till someone replies".
        new("info.dying", @"\b(lol|lmao|lmfao|haha\w*|rofl) (i am|im) dying\b|\b(i am|im) dying (here|over here)\b"),
        new("info.emergency", @"\bemergency (contact|contacts)\b"),

        // Grief, screening and history: the word names someone else's death or a form, not a present risk.
        new("info.suicide", @"\b(died|dying|death|lost \w+|lost (my|her|his) \w+) (by|to|from) (suicide|sucide)\b"),
        new("info.suicide", @"\b(suicide|sucide) (loss|warning|warnings|screening|screen|questionnaire|hotline|line|awareness|survivors?|prevention)\b"),
        new("info.suicide", @"\b(survivors?|awareness|prevention) of (suicide|sucide)\b"),
        new("info.suicide", @"\b(suicide|sucide)( and)? crisis (line|lifeline|hotline|number|text line|center|centre)\b|\bsuicide (and crisis )?lifeline\b"),
        new("info.suicide", @"\b(form|forms|intake|questionnaire|survey|screening|screener|paperwork|portal)( \w+){0,4} (about|on|regarding) (suicide|suicidal \w+|self ?harm\w*)\b|\bself ?harm\w* (question|questions|item|box|section)\b"),
        new("info.general", @"\b(suicide|suicidal) (attempts?|ideation|thoughts|behaviou?rs?|deaths?) (among|amongst|in) (people|patients|those|adults|teens|teenagers|veterans|individuals|kids|children|men|women|users)\b"),
        new("info.suicide", @"\b(past|previous|prior|old|history of( a)?|one|a) (suicide|sucide) attempts? (in|back in|years|when|as a)\b"),

        // History told as history, with a time it ended ("attempted suicide when i was 19", "suicidal in college",
        // "a history of self harm"): only the bare words are blanked, so an act said in the first person ("i overdosed",
        // "cut myself") still fires, and the learned layer, trained on past-history messages, weighs the rest.
        new("info.past", @"\b(attempted|tried|attempt at) (suicide|sucide)( \w+){0,5} (ago|when i was|as a (teen|teenager|kid|child|student)|in (high school|college|university|my (teens|twenties|20s|thirties|30s))|back in|in (19|20)\d\d)\b"),
        new("info.past", @"\b(suicidal|sucidal|suicide|self ?harm\w*)( \w+){0,4} (years ago|a long time ago|long ago|a decade ago|in (high school|college|university|my (teens|twenties|20s))|as a (teen|teenager|kid)|back in (19|20)\d\d|in (19|20)\d\d|at one point)\b"),
        new("info.past", @"\b(in|back in) (19|20)\d\d\b( \w+){0,8} (suicid\w*|self ?harm\w*|self ?injur\w*)|\b(suicide|sucide) attempts? (from|in|back in) (19|20)\d\d\b|\bself ?(injury|injuring)( \w+){0,4} (years ago|in (high school|college|my (teens|twenties|20s)))\b"),
        new("info.suicide", @"\b(warning|warnings|label|labels) (about|for|on) (suicid\w*)\b|\b(suicide|suicidal) (scale|severity|rating|assessment|assessments|questions?|screener|item)\b|\banti ?suicidal\b|\brisk of suicidal (thoughts|ideation|thinking|behaviou?rs?)\b|\b(reduce|reduces|reducing|lower|lowers) suicidal thinking\b"),
        new("info.suicide", @"\b(increase|increases|increased|raise|raises|cause|causes|worsen|worsens|trigger|triggers) (the risk of |the chance of )?suicidal (thoughts|ideation|thinking|behaviou?rs?)\b"),
        new("info.past", @"\b(used to|use to) (be |have |feel |get )?(suicidal|self harm\w*)\b|\bhistory of (self ?harm\w*|suicidal \w+|suicidality|suicide attempts?)\b|\b(past|previous|prior|old) (suicide|sucide) attempts?\b|\bwas on suicide watch\b"),
        new("info.general", @"\b(people|patients|those|adults|teens|teenagers|veterans|individuals|kids|children) (with|who have|who has|having|experiencing) (a )?(active |passive |chronic |recent |past |prior |previous )?(suicidal|suicide) (thoughts|ideation|ideas|feelings|attempts?)\b"),

        // The clinician's vocabulary and the bystander's question, not the writer's state: "passive and active suicidal
        // ideation", "what should you say to someone who tells you they're thinking about suicide", "what are generally
        // considered warning signs for suicide". "My son shows warning signs of suicide" is not blanked.
        new("info.general", @"\b(passive|active) (and|or|vs|versus) (passive|active) (suicidal )?(ideation|si|thoughts|thinking)\b"),
        new("info.general", @"\b(what|how) (should|do|can|would) (i|you|we|one)( actually| really| even)? (say|respond|react|reply)( \w+){0,2} (to|when) (someone|somebody|a person|anyone|people)( \w+){0,2} (who|that)( \w+){0,8} (suicid\w*|self ?harm\w*)"),
        new("info.general", @"\b(what|which|common|typical|usual|general|considered)( \w+){0,3} warning signs? (of|for) (suicid\w*|self ?harm\w*)"),
        new("info.general", @"\b(on|for|treat|treats|treating|treatment of|reduce|reduces|reducing|approved for|work on|works on|cover|covers|indicated for) (acute |active )?suicidal (thoughts|thinking|ideation|ideas|feelings|depression|patients)\b"),
        new("info.past", @"\b(havent|have not|hadnt|had not|never|no longer) (had|have|felt|been|feel)( any)? (suicidal|suicide|self harm)\w*( thoughts| urges| feelings)? (since|for|in)\b"),
        new("info.past", @"\blast time i (felt|was|had) (suicidal|suicide|self harm)\w*( thoughts| urges)? was\b|\bever had (thoughts of|any) (self harm|suicide|suicidal \w+)\b"),

        // Round 13, from the six banks' new-author misses: myths and facts about suicide, the lines and the risky times,
        // how clinicians tell ideation from an attempt, how to recognise someone at risk, and a service's protocol when a
        // patient discloses it. Said of the writer ("i am suicidal", "my suicidal thoughts") the first-person rules still
        // fire.
        new("info.general", @"\b(asking|talking|talk|ask|asking someone|asking directly|asking them)( \w+){0,2} about (suicide|suicidal \w+)( \w+){0,2} (put|puts|plant|plants|give|gives|increase|increases|raise|raises|make|makes|cause|causes) (the idea|ideas|the thought|thoughts|the risk|risk|them|someone|people|it)\b"),
        new("info.suicide", @"\b(line|lines|hotline|lifeline|number|988|text line)( \w+){0,2} (only|just) for (suicide|suicidal \w+)\b|\b(only|just) for (suicide|suicidal \w+) or\b"),
        new("info.suicide", @"\b(high|higher|highest|increased|elevated|high risk|higher risk|risky|dangerous|vulnerable) (risk )?(time|times|period|periods|window|weeks|phase)( \w+){0,2} for (suicide|suicidal \w+)\b"),
        new("info.general", @"\b(difference|differences|distinction|distinguish) between (\w+ ){0,3}(suicid\w*|self ?harm\w*)( \w+){0,3} (and|vs|versus|or|from) (\w+ ){0,3}(suicid\w*|self ?harm\w*)( (attempts?|ideation|thoughts|behaviou?rs?|gestures?))?\b"),
        new("info.general", @"\bhow (do|can|would|should|could|to)( (i|you|we|one|people|parents|teachers))?( \w+)? (recogni[sz]e|tell|know|spot|notice|see|sense) (when|if|that) (someone|somebody|a person|people|others|a student|a patient|an elderly person|an older person)( (might|may|could|is|are))?( be)? (thinking|considering|contemplating|at risk)( about| of| for)? (suicid\w*|self ?harm\w*)"),
        new("info.general", @"\b(if|when) (a|the|your|one of your) (patient|client|person|caller|user|member)( \w+){0,2} (discloses|disclose|reports|report|mentions|mention|expresses|express|reveals|reveal|admits|admit|voices)( \w+){0,2} (suicid\w*|self ?harm\w*)( (thoughts|ideation|intent|urges))?\b"),
        new("info.general", @"\b(we|people|they|nobody|no one|families|men) (dont|do not|never|rarely|cant|cannot) (talk|speak) about (suicide|suicidal \w+|self ?harm\w*)\b"),
    ];

    /// <summary>
    /// Rules that run on the text with <see cref="InformationalPhrases"/> blanked. A first-person signal
    /// ("i am at risk of suicide") is already caught by <see cref="Rules"/>, which see the full text.
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> BareWordRules =
    [
        // The noun alone is a crisis ("suicide", "my brother and suicide"), except informational framings.
        new("crisis.suicide", @"\b(suicide|suicides|sucide|suicde|suiside)\b"),

        // The adjective "suicidal" is nearly always about the writer's (or a loved one's) own state, so it
        // is a crisis even in "can ketamine help my suicidal thoughts"; general and past framings are blanked.
        new("crisis.suicide", @"\b(suicidal|sucidal|suicidle|suicidial|suisidal)\w*"),
        new("crisis.self-harm", @"\bself ?(harm|harming|harmed|injury|injure|injuring|mutilation|mutilate)\b"),
    ];

    /// <summary>First person near "suicide" ("i keep thinking about suicide", "my suicide plan"): runs even in a study context.</summary>
    public static readonly IReadOnlyList<TriageRule> FirstPersonWordRules =
    [
        new("crisis.suicide", @"\b(im|i am|i feel|i felt|feeling|ive been|i have been|i keep|i get|i got|i had|i have|i think|my)( \w+){0,3} (suicid|sucid|suicd|suiside)\w*"),
    ];

    /// <summary>
    /// A message framed as study or professional work ("for a presentation", "my nursing class", "i'm a med student
    /// writing a review", "studies on"): the bare words name a topic, so <see cref="BareWordRules"/> do not run; the
    /// first-person and act rules, and the learned layer, still do ("i'm a nursing student and i feel suicidal").
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> StudyContext =
    [
        new("study.purpose", @"\b(for|asking for|writing|working on|doing) (a|an|my|our|the) (\w+ ){0,2}(presentation|essay|paper|report|class|course|assignment|project|thesis|dissertation|workshop|lecture|unit|curriculum|review|article|training|seminar)\b"),
        new("study.role", @"\b(im|i am) (a|an) (\w+ ){0,3}(student|teacher|lecturer|professor|researcher|journalist|nurse|doctor|physician|psychiatrist|psychologist|therapist|counselor|counsellor|social worker|pharmacist|paramedic)( \w+){0,3} (writing|studying|researching|preparing|putting together|covering|teaching)\b"),
        new("study.class", @"\b(my|our|the) (nursing|psych|psychology|health|medical|pharmacology|social work|public health) (class|course|program|lecture|module)\b|\b(studies|research|statistics|stats|data|literature) (on|about|into)\b"),
    ];

}
