namespace JaifPortal.Web.Domain;

/// <summary>
/// The official names of ASEAN's community pillars and of the Sustainable Development Goals in each
/// language: ASEAN's English names and the Japanese government's; the United Nations' short goal
/// titles and the Japanese ones of the UN Information Centre in Tokyo. Every property is required, so
/// a language cannot lack a name.
/// </summary>
public sealed class CrosswalkNames
{
    public required string Language { get; init; }

    public required IReadOnlyDictionary<AseanCommunity, string> Communities { get; init; }

    /// <summary>The goals' short titles, goal 1 first.</summary>
    public required IReadOnlyList<string> Goals { get; init; }

    /// <summary>"SDG 13" / "目標13".</summary>
    public required Func<int, string> GoalNumber { get; init; }

    /// <summary>"SDG 13: Climate Action" / "目標13 気候変動に具体的な対策を".</summary>
    public required Func<int, string, string> GoalWithTitle { get; init; }

    public string Community(AseanCommunity community) => Communities[community];

    public string Goal(int number) => GoalWithTitle(number, Goals[number - 1]);

    /// <summary>The official names in the language, or in English where no body has published them in it.</summary>
    public static CrosswalkNames For(string language) => Official.FirstOrDefault(names => names.Language == language) ?? English;

    public static readonly CrosswalkNames English = new()
    {
        Language = ContentLanguage.English,
        Communities = new Dictionary<AseanCommunity, string>
        {
            [AseanCommunity.PoliticalSecurity] = "ASEAN Political-Security Community",
            [AseanCommunity.Economic] = "ASEAN Economic Community",
            [AseanCommunity.SocioCultural] = "ASEAN Socio-Cultural Community",
        },
        Goals =
        [
            "No Poverty",
            "Zero Hunger",
            "Good Health and Well-being",
            "Quality Education",
            "Gender Equality",
            "Clean Water and Sanitation",
            "Affordable and Clean Energy",
            "Decent Work and Economic Growth",
            "Industry, Innovation and Infrastructure",
            "Reduced Inequalities",
            "Sustainable Cities and Communities",
            "Responsible Consumption and Production",
            "Climate Action",
            "Life Below Water",
            "Life on Land",
            "Peace, Justice and Strong Institutions",
            "Partnerships for the Goals",
        ],
        GoalNumber = number => $"SDG {number}",
        GoalWithTitle = (number, title) => $"SDG {number}: {title}",
    };

    public static readonly CrosswalkNames Japanese = new()
    {
        Language = ContentLanguage.Japanese,
        Communities = new Dictionary<AseanCommunity, string>
        {
            [AseanCommunity.PoliticalSecurity] = "ASEAN政治・安全保障共同体",
            [AseanCommunity.Economic] = "ASEAN経済共同体",
            [AseanCommunity.SocioCultural] = "ASEAN社会・文化共同体",
        },
        Goals =
        [
            "貧困をなくそう",
            "飢餓をゼロに",
            "すべての人に健康と福祉を",
            "質の高い教育をみんなに",
            "ジェンダー平等を実現しよう",
            "安全な水とトイレを世界中に",
            "エネルギーをみんなに そしてクリーンに",
            "働きがいも経済成長も",
            "産業と技術革新の基盤をつくろう",
            "人や国の不平等をなくそう",
            "住み続けられるまちづくりを",
            "つくる責任 つかう責任",
            "気候変動に具体的な対策を",
            "海の豊かさを守ろう",
            "陸の豊かさも守ろう",
            "平和と公正をすべての人に",
            "パートナーシップで目標を達成しよう",
        ],
        GoalNumber = number => $"目標{number}",
        GoalWithTitle = (number, title) => $"目標{number} {title}",
    };

    /// <summary>Every language whose official names the portal holds (declared after them: statics start in order).</summary>
    private static readonly CrosswalkNames[] Official = [English, Japanese];
}
