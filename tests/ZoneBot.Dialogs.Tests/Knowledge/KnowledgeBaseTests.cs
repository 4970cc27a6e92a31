using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using ZoneBot.Dialogs.Knowledge;

namespace ZoneBot.Dialogs.Tests.Knowledge;

/// <summary>
/// The shipped knowledge base (the *.md files beside the executable): every entry loads, questions asked
/// as people ask them (not the files' own question forms) get the right entry, statements of a problem get
/// an answer only from the entries that answer them, and a broken file is reported precisely.
/// </summary>
public sealed class KnowledgeBaseTests(ITestOutputHelper output)
{
    private static readonly KnowledgeBase Shipped = new(Options.Create(new KnowledgeOptions()), NullLogger<KnowledgeBase>.Instance);

    public static TheoryData<string, string> PeopleAsk => new()
    {
        { "我们厂停电了，电话打给谁啊", "power-outage" },
        { "供电所电话多少？厂里一点电都没有", "power-outage" },
        { "请问计划停电的通知在哪看", "power-outage" },
        { "自来水突然停了找哪个部门", "water-outage" },
        { "车间水龙头没水了怎么回事", "water-outage" },
        { "燃气表坏了找谁修", "gas-supply" },
        { "我们想开通管道天然气，怎么申请？", "gas-supply" },
        { "12345热线能投诉什么", "hotline-12345" },
        { "我们公司想咨询一下人才公寓政策，找谁", "talent-apartment" },
        { "新招的大学生能申请人才公寓吗", "talent-apartment" },
        { "技改设备补贴什么时候申报", "enterprise-subsidy" },
        { "稳岗补贴我们能领吗", "enterprise-subsidy" },
        { "园区什么时候有招聘会", "recruitment" },
        { "厂里要电焊，动火证怎么办", "hot-work-permit" },
        { "我们请了个德国工程师，要办什么证", "foreign-work-permit" },
        { "营业执照上的地址要变更去哪办", "business-license" },
        { "社区办公室几点下班", "community-offices" },
        { "志愿者队伍有哪几支", "volunteer-teams" },
        { "报了事以后多久有人来处理", "how-to-file" },
        { "急救电话多少", "emergency-numbers" },
    };

    [Fact]
    public void Every_shipped_entry_loads_without_problems()
    {
        var load = KnowledgeBase.Load(new KnowledgeOptions().FullFolder);

        Assert.Empty(load.Problems);
        Assert.True(load.Entries.Count >= 14, $"only {load.Entries.Count} entries");
        Assert.All(load.Entries, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Source)));
    }

    [Theory]
    [MemberData(nameof(PeopleAsk))]
    public void A_question_asked_as_people_ask_it_gets_the_right_entry(string question, string expected)
    {
        var best = Shipped.Search(question);
        output.WriteLine(string.Join("; ", best.Select(match => $"{match.Entry.Id} {match.Coverage:0.00}")));

        var answer = Shipped.Answer(question, isQuestion: true);

        Assert.NotNull(answer);
        Assert.Equal(expected, answer.Entry.Id);
    }

    [Theory]
    [InlineData("停电了，整个园区都没电", "power-outage")]
    [InlineData("我们这边停水了，一滴水都没有", "water-outage")]
    public void A_power_or_water_cut_stated_as_a_problem_gets_the_utility_answer(string statement, string expected)
    {
        Assert.Equal(expected, Shipped.Answer(statement, isQuestion: false)?.Entry.Id);
    }

    [Theory]
    [InlineData("厂区消防通道被堵了")]
    [InlineData("门口路灯坏了一个星期")]
    [InlineData("隔壁厂晚上噪音很大")]
    public void A_problem_that_needs_a_ticket_gets_no_answer(string statement)
    {
        Assert.Null(Shipped.Answer(statement, isQuestion: false));
    }

    [Theory]
    [InlineData("今天天气怎么样")]
    [InlineData("你们食堂几点开饭")]
    public void A_question_the_base_does_not_know_gets_no_answer(string question)
    {
        Assert.Null(Shipped.Answer(question, isQuestion: true));
    }

    [Fact]
    public void A_broken_file_is_reported_with_its_file_and_line_and_the_rest_still_load()
    {
        var folder = Directory.CreateTempSubdirectory("knowledge-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a-good.md"), """
                # 好的文件
                ## 停车场在哪里
                id: parking
                date: 2026-11-01
                source: 园区物业
                questions:
                - 停车场在哪
                answer:
                园区停车场在服务中心东侧。
                """);
            File.WriteAllText(Path.Combine(folder, "b-broken.md"), """
                # 坏的文件
                ## 食堂几点开饭
                id: canteen
                date: 2026-13-45
                source: 园区物业
                questions:
                - 食堂几点开饭
                answer:
                11点。

                ## 快递放哪里
                id: parcels
                source: 园区物业
                questions:
                - 快递放哪
                answer:
                服务中心一楼。

                ## 班车几点发车
                id: parking
                date: 2026-11-01
                source: 园区物业
                questions:
                - 班车几点
                answer:
                7点半。

                ## 会议室怎么借
                id: rooms
                date: 2026-11-01
                source: 园区物业
                questions:
                - 会议室怎么借
                answer:
                找服务中心前台登记。
                """);

            var load = KnowledgeBase.Load(folder);

            Assert.Equal(["parking", "rooms"], load.Entries.Select(entry => entry.Id));
            Assert.Equal(3, load.Problems.Count);
            Assert.Contains(load.Problems, problem => problem.File == "b-broken.md" && problem.Line == 4 && problem.Message.Contains("2026-13-45"));
            Assert.Contains(load.Problems, problem => problem.File == "b-broken.md" && problem.Line == 11 && problem.Message.Contains("no date"));
            Assert.Contains(load.Problems, problem => problem.File == "b-broken.md" && problem.Line == 19 && problem.Message.Contains("a-good.md:2"));
            Assert.Equal("b-broken.md:4: entry '食堂几点开饭': '2026-13-45' is not a date (yyyy-MM-dd)", load.Problems[0].ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
