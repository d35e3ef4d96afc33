using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Data.Generation;

/// <summary>A phrase in both portal languages.</summary>
internal sealed record Phrase(string En, string Ja)
{
    public string In(string language) => language == ContentLanguage.Japanese ? Ja : En;
}

/// <summary>
/// The words generated records are made of: the kind of topics, formats, places and steps the
/// source documents describe, so generated names and texts read like real ones and searches for
/// real words ("disaster", "防災") meet realistic numbers of matches.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Topics per cooperation area (by slug); an area missing here is named by its own title.</summary>
    public static readonly IReadOnlyDictionary<string, Phrase[]> Topics = new Dictionary<string, Phrase[]>(StringComparer.Ordinal)
    {
        ["youth-exchange"] = [new("Youth Exchange", "青少年交流"), new("Student Exchange", "学生交流"), new("Young Leaders", "若手リーダー育成"), new("Youth Volunteer", "青年ボランティア")],
        ["cultural-exchange"] = [new("Cultural Exchange", "文化交流"), new("Cultural Heritage Preservation", "文化遺産保存"), new("Performing Arts", "舞台芸術"), new("Film and Media Exchange", "映画・メディア交流")],
        ["sports"] = [new("Sports Exchange", "スポーツ交流"), new("Anti-Doping", "アンチ・ドーピング"), new("Sport for Development", "開発のためのスポーツ"), new("Sports Coaching", "スポーツ指導者育成")],
        ["tourism"] = [new("Sustainable Tourism", "持続可能な観光"), new("Tourism Promotion", "観光振興"), new("Community-Based Tourism", "地域主体型観光")],
        ["language"] = [new("Japanese Language Education", "日本語教育"), new("Nihongo Partners", "日本語パートナーズ"), new("Language Teacher Training", "語学教員研修")],
        ["education"] = [new("Higher Education", "高等教育"), new("Technical and Vocational Education", "技術職業教育訓練"), new("Teacher Training", "教員研修"), new("University Network", "大学ネットワーク")],
        ["science-and-technology"] = [new("Science and Technology", "科学技術"), new("Joint Research", "共同研究"), new("Innovation", "イノベーション"), new("Research Collaboration", "研究協力")],
        ["asean-secretariat-support"] = [new("ASEAN Secretariat Capacity", "ASEAN事務局能力強化"), new("Institutional Strengthening", "制度強化"), new("Narrowing the Development Gap", "域内格差是正")],
        ["economy"] = [new("Trade Facilitation", "貿易円滑化"), new("Supply Chain Resilience", "サプライチェーン強靱化"), new("Small and Medium Enterprises", "中小企業振興"), new("Investment Promotion", "投資促進")],
        ["finance"] = [new("Financial Inclusion", "金融包摂"), new("Capital Market Development", "資本市場育成"), new("Regional Financial Cooperation", "地域金融協力")],
        ["connectivity"] = [new("Connectivity", "連結性強化"), new("Quality Infrastructure", "質の高いインフラ"), new("Transport Logistics", "物流"), new("Port Development", "港湾整備")],
        ["climate-change"] = [new("Climate Change Adaptation", "気候変動適応"), new("Decarbonisation", "脱炭素"), new("Climate Finance", "気候資金")],
        ["energy-and-critical-minerals"] = [new("Energy Transition", "エネルギー移行"), new("Renewable Energy", "再生可能エネルギー"), new("Energy Efficiency", "省エネルギー"), new("Critical Minerals", "重要鉱物")],
        ["environment"] = [new("Marine Plastic Litter", "海洋プラスチックごみ対策"), new("Waste Management", "廃棄物管理"), new("Biodiversity Conservation", "生物多様性保全"), new("Air Quality", "大気環境改善")],
        ["disaster-management"] = [new("Disaster Risk Reduction", "防災"), new("Disaster Management", "災害管理"), new("Flood Early Warning", "洪水早期警報"), new("Emergency Response", "緊急対応"), new("Earthquake Resilience", "地震防災")],
        ["health"] = [new("Universal Health Coverage", "ユニバーサル・ヘルス・カバレッジ"), new("Public Health Emergencies", "公衆衛生危機対応"), new("Ageing Society", "高齢化社会対応"), new("Infectious Disease Control", "感染症対策")],
        ["digital"] = [new("Digital Transformation", "デジタル変革"), new("Data Governance", "データガバナンス"), new("Digital Skills", "デジタル人材育成")],
        ["space"] = [new("Space Technology", "宇宙技術"), new("Satellite Data Utilisation", "衛星データ利用"), new("Earth Observation", "地球観測")],
        ["agriculture-and-food-systems"] = [new("Food Security", "食料安全保障"), new("Smart Agriculture", "スマート農業"), new("Food Value Chain", "フードバリューチェーン"), new("Fisheries Management", "水産資源管理")],
        ["social-issues"] = [new("Social Welfare", "社会福祉"), new("Disability Inclusion", "障害者支援"), new("Gender Equality", "ジェンダー平等"), new("Labour Migration", "労働移動")],
        ["rule-of-law"] = [new("Rule of Law", "法の支配"), new("Legal Technical Assistance", "法制度整備支援"), new("Judicial Training", "司法研修")],
        ["maritime-security"] = [new("Maritime Security", "海洋安全保障"), new("Maritime Law Enforcement", "海上法執行"), new("Maritime Domain Awareness", "海洋状況把握")],
        ["defence"] = [new("Defence Cooperation", "防衛協力"), new("Humanitarian Assistance and Disaster Relief", "人道支援・災害救援"), new("Military Medicine", "軍事医学")],
        ["wps-yps"] = [new("Women, Peace and Security", "女性・平和・安全保障"), new("Youth, Peace and Security", "若者・平和・安全保障")],
        ["nuclear-disarmament"] = [new("Nuclear Disarmament", "核軍縮"), new("Non-Proliferation", "不拡散"), new("Nuclear Security", "核セキュリティ")],
        ["human-rights"] = [new("Human Rights", "人権"), new("Business and Human Rights", "ビジネスと人権"), new("Rights of Persons with Disabilities", "障害者の権利")],
        ["terrorism-and-transnational-crime"] = [new("Counter-Terrorism", "テロ対策"), new("Transnational Crime", "国際組織犯罪対策"), new("Trafficking in Persons", "人身取引対策"), new("Anti-Money Laundering", "マネー・ローンダリング対策")],
        ["cybersecurity"] = [new("Cybersecurity", "サイバーセキュリティ"), new("Cyber Incident Response", "サイバー事案対処"), new("Critical Information Infrastructure Protection", "重要情報インフラ防護")],
        ["disinformation"] = [new("Countering Disinformation", "偽情報対策"), new("Media Literacy", "メディア・リテラシー"), new("Fact-Checking", "ファクトチェック")],
        ["immigration-control"] = [new("Immigration Control", "出入国管理"), new("Border Management", "国境管理"), new("Travel Document Security", "渡航文書の安全性向上")],
        ["peacebuilding"] = [new("Peacebuilding", "平和構築"), new("Mine Action", "地雷対策"), new("Unexploded Ordnance Clearance", "不発弾除去"), new("Reconciliation", "和解支援")],
    };

    /// <summary>What an initiative of each kind is called after its topic ("… Capacity Building Project", "…能力強化プロジェクト").</summary>
    public static readonly IReadOnlyDictionary<InitiativeKind, Phrase[]> Formats = new Dictionary<InitiativeKind, Phrase[]>
    {
        [InitiativeKind.Programme] = [new("Programme", "プログラム"), new("Training Programme", "研修プログラム"), new("Exchange Programme", "交流プログラム")],
        [InitiativeKind.Project] = [new("Project", "プロジェクト"), new("Capacity Building Project", "能力強化プロジェクト"), new("Pilot Project", "パイロット事業"), new("Joint Research Project", "共同研究プロジェクト")],
        [InitiativeKind.Facility] = [new("Facility", "ファシリティ"), new("Fund", "基金")],
        [InitiativeKind.Centre] = [new("Centre", "センター"), new("Network", "ネットワーク")],
        [InitiativeKind.MeetingSeries] = [new("Dialogue", "対話"), new("Forum", "フォーラム"), new("Meeting", "会合")],
        [InitiativeKind.Plan] = [new("Action Plan", "行動計画"), new("Work Plan", "作業計画")],
        [InitiativeKind.Framework] = [new("Framework", "枠組み"), new("Partnership", "パートナーシップ")],
        [InitiativeKind.Declaration] = [new("Joint Statement", "共同声明"), new("Declaration", "宣言")],
    };

    /// <summary>How often each kind of initiative occurs, roughly as in the source documents.</summary>
    public static readonly (InitiativeKind Kind, double Weight)[] KindWeights =
    [
        (InitiativeKind.Project, 45), (InitiativeKind.Programme, 25), (InitiativeKind.MeetingSeries, 10), (InitiativeKind.Centre, 5),
        (InitiativeKind.Plan, 5), (InitiativeKind.Facility, 4), (InitiativeKind.Framework, 4), (InitiativeKind.Declaration, 2),
    ];

    public static readonly Phrase[] Activities =
    [
        new("workshops", "ワークショップ"), new("expert dispatch", "専門家派遣"), new("study visits to Japan", "訪日研修"),
        new("pilot projects", "パイロット事業"), new("policy research", "政策研究"), new("e-learning courses", "eラーニング講座"),
        new("joint exercises", "合同演習"), new("scholarships", "奨学金の支給"), new("equipment provision", "機材供与"),
        new("guideline development", "ガイドライン策定"),
    ];

    public static readonly Phrase[] EventTypes =
    [
        new("Workshop", "ワークショップ"), new("Seminar", "セミナー"), new("Symposium", "シンポジウム"), new("Expert Meeting", "専門家会合"),
        new("Senior Officials' Meeting", "高級実務者会合"), new("Training Course", "研修"), new("Forum", "フォーラム"),
        new("Study Tour", "スタディツアー"), new("Policy Dialogue", "政策対話"), new("Ministerial Meeting", "閣僚会合"),
    ];

    public static readonly Phrase[] Attendees =
    [
        new("Government officials", "政府関係者"), new("Researchers", "研究者"), new("Young people", "青少年"),
        new("Practitioners", "実務者"), new("Experts", "専門家"), new("Students", "学生"),
    ];

    /// <summary>Milestone titles; {0} is the topic, {1} a city, {2} a country, {3} a number.</summary>
    public static readonly Phrase[] MilestoneTitles =
    [
        new("Kick-off meeting held", "キックオフ会合を開催"),
        new("Training course on {0}", "{0}に関する研修を実施"),
        new("Workshop on {0} held in {1}", "{1}で{0}に関するワークショップを開催"),
        new("Progress report published", "進捗報告書を公表"),
        new("Memorandum of cooperation signed", "協力覚書に署名"),
        new("Phase {3} launched", "第{3}期を開始"),
        new("Mid-term review completed", "中間評価を実施"),
        new("Final evaluation completed", "終了時評価を実施"),
        new("Experts dispatched to {2}", "{2}へ専門家を派遣"),
        new("Study visit to Japan on {0}", "{0}に関する訪日研修を実施"),
        new("Guidelines on {0} adopted", "{0}に関するガイドラインを採択"),
        new("Equipment handed over in {1}", "{1}で機材を引き渡し"),
    ];

    /// <summary>Generated organisations: a name pattern ({0} country, {1} topic, {2} city) and its kind.</summary>
    public static readonly (Phrase Name, OrganisationKind Kind)[] OrganisationPatterns =
    [
        (new("{0} National Institute of {1}", "{0}国立{1}研究所"), OrganisationKind.ResearchInstitute),
        (new("{0} {1} Centre", "{0}{1}センター"), OrganisationKind.Centre),
        (new("{0} Department of {1}", "{0}{1}局"), OrganisationKind.GovernmentBody),
        (new("{0} {1} Association", "{0}{1}協会"), OrganisationKind.Other),
        (new("University of {2}", "{2}大学"), OrganisationKind.ResearchInstitute),
        (new("{2} {1} Agency", "{2}{1}庁"), OrganisationKind.ImplementingAgency),
    ];

    /// <summary>Key figure labels per unit.</summary>
    public static readonly IReadOnlyDictionary<FigureUnit, Phrase[]> FigureLabels = new Dictionary<FigureUnit, Phrase[]>
    {
        [FigureUnit.Yen] = [new("total contribution from Japan", "日本の拠出総額"), new("project budget", "事業予算")],
        [FigureUnit.People] = [new("people trained", "研修受講者数"), new("young people exchanged", "交流した青少年")],
        [FigureUnit.Participants] = [new("participants in workshops", "ワークショップ参加者数")],
        [FigureUnit.Days] = [new("days of training", "研修日数")],
        [FigureUnit.Years] = [new("years of cooperation", "協力期間（年）")],
        [FigureUnit.Countries] = [new("participating countries", "参加国数")],
        [FigureUnit.Memoranda] = [new("memoranda of cooperation signed", "署名された協力覚書")],
        [FigureUnit.Areas] = [new("cooperation areas covered", "対象分野数")],
    };

    /// <summary>Cities per ISO code, for event places and milestones; a country missing here is named instead.</summary>
    public static readonly IReadOnlyDictionary<string, Phrase[]> Cities = new Dictionary<string, Phrase[]>(StringComparer.Ordinal)
    {
        ["BN"] = [new("Bandar Seri Begawan", "バンダルスリブガワン")],
        ["KH"] = [new("Phnom Penh", "プノンペン"), new("Siem Reap", "シェムリアップ")],
        ["ID"] = [new("Jakarta", "ジャカルタ"), new("Bali", "バリ"), new("Surabaya", "スラバヤ")],
        ["LA"] = [new("Vientiane", "ビエンチャン"), new("Luang Prabang", "ルアンパバーン")],
        ["MY"] = [new("Kuala Lumpur", "クアラルンプール"), new("Penang", "ペナン")],
        ["MM"] = [new("Yangon", "ヤンゴン"), new("Nay Pyi Taw", "ネーピードー")],
        ["PH"] = [new("Manila", "マニラ"), new("Cebu", "セブ")],
        ["SG"] = [new("Singapore", "シンガポール")],
        ["TH"] = [new("Bangkok", "バンコク"), new("Chiang Mai", "チェンマイ")],
        ["VN"] = [new("Hanoi", "ハノイ"), new("Ho Chi Minh City", "ホーチミン"), new("Da Nang", "ダナン")],
        ["TL"] = [new("Dili", "ディリ")],
        ["JP"] = [new("Tokyo", "東京"), new("Kobe", "神戸"), new("Osaka", "大阪"), new("Sendai", "仙台"), new("Hiroshima", "広島")],
    };

    /// <summary>"1st", "2nd", "11th", "23rd".</summary>
    public static string Ordinal(int number) =>
        number + ((number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
