using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Understanding.Recognizers;
using ZoneBot.Domain;
using static ZoneBot.Dialogs.Tests.Understanding.Recognizers;

namespace ZoneBot.Dialogs.Tests.Understanding;

/// <summary>Each recognizer on messages as people type them: what it finds, and what it must not take for its fact.</summary>
public sealed class EntityRecognizerTests
{
    [Theory]
    [InlineData("联系人王经理13905741234", "13905741234")]
    [InlineData("电话 138 5741 2345 找李总", "13857412345")]
    [InlineData("座机0574-63012345", "057463012345")]
    [InlineData("+86 139-0574-1234", "13905741234")]
    [InlineData("打我手机：15888 123 456", "15888123456")]
    public void Phone_numbers_are_found_in_any_spacing(string text, string phone) =>
        Assert.Equal(phone, Read(new PhoneRecognizer(), text).Phone);

    [Theory]
    [InlineData("明天上午10点后都可以来看")]
    [InlineData("3号车间")]
    [InlineData("谢谢")]
    public void Text_without_a_phone_has_none(string text) => Assert.Null(Read(new PhoneRecognizer(), text).Phone);

    [Theory]
    [InlineData("王经理 13812345678", "王经理")]
    [InlineData("联系人王经理13905741234", "王经理")]
    [InlineData("有事找李总", "李总")]
    [InlineData("张师傅在门卫室", "张师傅")]
    [InlineData("联系人：张伟，电话13857412345", "张伟")]
    [InlineData("我姓陈", "陈先生/女士")]
    [InlineData("找老王就行", "老王")]
    [InlineData("Please contact Mr Smith", "Mr Smith")]
    public void The_contact_is_found_with_its_title(string text, string name) =>
        Assert.Equal(name, Read(Contact, text).ContactName);

    [Theory]
    [InlineData("13812345678")]
    [InlineData("谢谢")]
    [InlineData("厂区东门消防通道被堵住了")]
    [InlineData("总是有人偷排")]
    [InlineData("隔壁工地晚上十二点还在施工")]
    public void A_phone_a_courtesy_or_a_problem_is_no_contact(string text) => Assert.Null(Read(Contact, text).ContactName);

    [Theory]
    [InlineData("报名巡防队，我叫张伟，电话13857412345，周末有空", "张伟")]
    [InlineData("姓名：李娜", "李娜")]
    [InlineData("my name is Li Na", "Li Na")]
    public void A_persons_own_name_is_found_after_its_marker(string text, string name) =>
        Assert.Equal(name, Read(PersonName, text).PersonName);

    [Theory]
    [InlineData("张伟", "张伟")]
    [InlineData("王经理 13812345678", "王经理")]
    [InlineData("我叫欧阳娜娜", "欧阳娜娜")]
    [InlineData("13812345678", null)]
    [InlineData("谢谢", null)]
    [InlineData("好的", null)]
    public void An_answer_to_the_name_question_is_a_name_only_when_it_can_be_one(string answer, string? name) =>
        Assert.Equal(name, PersonName.FromAnswer(answer, "zh-CN"));

    [Theory]
    [InlineData("麻烦尽快处理", "urgent")]
    [InlineData("很危险，马上来", "urgent")]
    [InlineData("急！", "urgent")]
    [InlineData("厂房二楼的应急灯都不亮了", null)]
    [InlineData("不急，有空再来", "normal")]
    [InlineData("不着急", "normal")]
    [InlineData("This is urgent", "urgent")]
    [InlineData("路灯不亮了", null)]
    public void Urgency_is_read_with_its_negation(string text, string? code) =>
        Assert.Equal(code, Read(new UrgencyRecognizer(Words), text).Urgency?.Code);

    [Fact]
    public void A_coming_date_with_a_visit_word_is_the_visit_time()
    {
        var facts = Read(VisitTime, "明天上午10点后都可以来看");

        Assert.Equal(ZoneTimeProvider.FromZoneLocal(new DateTime(2026, 12, 2, 10, 0, 0)), facts.VisitAt);
        Assert.Null(facts.VisitWish);
    }

    [Theory]
    [InlineData("尽快", VisitWish.AsSoonAsPossible)]
    [InlineData("马上", VisitWish.AsSoonAsPossible)]
    [InlineData("asap", VisitWish.AsSoonAsPossible)]
    [InlineData("随时", VisitWish.AnyTime)]
    [InlineData("都行", VisitWish.AnyTime)]
    [InlineData("工作日白天", VisitWish.AnyTime)]
    public void Visit_words_without_a_clock_time_are_wishes_never_past(string text, VisitWish wish)
    {
        var (at, found) = VisitTime.Read(Say(text), answersTheQuestion: true);

        Assert.Null(at);
        Assert.Equal(wish, found);
        Assert.False(VisitTime.IsPast(Say(text)) && found is null);
    }

    [Theory]
    [InlineData("隔壁厂晚上偷排废气")]
    [InlineData("3号车间的灭火器过期了")]
    [InlineData("联系人王经理13905741234")]
    public void A_time_of_day_a_numbered_place_or_a_phone_is_no_visit_time(string text)
    {
        var facts = Read(VisitTime, text);

        Assert.Null(facts.VisitAt);
        Assert.Null(facts.VisitWish);
    }

    [Theory]
    [InlineData("我是宁波永盛灯具科技有限公司的，厂区东门消防通道被隔壁堆放的货物堵住了", "厂区东门")]
    [InlineData("3号车间东侧的电线老化", "3号车间东侧")]
    [InlineData("仓库旁边一直有异味", "仓库旁边")]
    [InlineData("厂门口的路积水很深，车进不来", "厂门口")]
    [InlineData("新兴大道18号门口的井盖没了", "新兴大道18号")]
    [InlineData("我们厂后面那条河今天水是黑的", "我们厂后面")]
    [InlineData("The road outside our factory is flooded", "outside our factory")]
    public void Location_phrases_are_taken_whole(string text, string location) =>
        Assert.Equal(location, Read(Location, text).Location);

    [Theory]
    [InlineData("环保", "environment")]
    [InlineData("有人偷排废水", "environment")]
    [InlineData("厂门口的路积水很深，车进不来", "environment")]
    [InlineData("消防通道被堵", "safety")]
    [InlineData("停电了", "enterprise_service")]
    [InlineData("路灯不亮了", "enterprise_service")]
    [InlineData("安全", "safety")]
    [InlineData("环境保护和五水共治", "environment")]
    [InlineData("The road outside our factory is flooded", "environment")]
    public void Categories_are_found_by_their_short_forms(string text, string code) =>
        Assert.Equal(code, Read(Category, text).Category?.Code);

    [Theory]
    [InlineData("路灯不亮了", true)]
    [InlineData("隔壁厂晚上偷排废气", true)]
    [InlineData("报事", false)]
    [InlineData("谢谢", false)]
    public async Task A_problem_is_told_from_a_wish(string text, bool problem)
    {
        var facts = Read(Category, text);
        await new ProblemRecognizer(Words).RecognizeAsync(Say(text), facts, CancellationToken.None);

        Assert.Equal(problem, facts.DescribesProblem);
    }

    [Theory]
    [InlineData("周末有空", "weekends")]
    [InlineData("平时下班后", "weekdays,evenings")]
    [InlineData("路灯不亮了", null)]
    public void Availability_is_read_from_own_words(string text, string? codes) =>
        Assert.Equal(codes, Read(new AvailabilityRecognizer(new AvailabilityReader(Words)), text).Availability);
}
