# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind42`` (dev only): the forty-second blind evaluation set for issue 11.

Written by a forty-second writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind41_text.py.  "The cross-border shopping and returns line": eight centres none
of them had, in the week after a big online sale: a cross-border parcel forwarder (跨境包裹转运),
an airport duty-free shop (机场免税店), an imported-books store (进口图书书店), an imported
baby-formula shop (进口奶粉专营店), a customs-brokerage desk (报关行), an overseas-study agency
(留学服务中心), a currency-exchange counter (外币兑换柜台) and a luxury-watch repair workshop
(名表维修工坊).
Callers on speakerphone in a reverberant room, confused by forms and fees, some reading long order
numbers, some asking the same thing twice; agents brisk and precise, typing while they talk it
through.  The agent checks a parcel's customs status or asks a colleague while the caller holds.
Other 工号 forms (售后专席, 通关咨询口, 订单协理 with a surname and 协理码, 柜面代号, 客服台位, 顾问序号,
退换线 …号坐席, 值班专员席卡 …号), offers of help, closings, hold announcements and returns in
other words, 服务禁语 in seven families, and hard negatives (look-alikes of taboo lines, of a hold
announcement and of a closing; rude callers answered politely).

As in the earlier blind texts, a clean agent line may carry 啊 as a sentence-final particle
(是啊, 好啊) and 嗯 fused into a yes (嗯对, 嗯嗯): only a 嗯 / 啊 / 呃 standing as a clause of its own is
a tic.

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks this module.
Nobody tuning the rules should read this file, and its sentences stay out of reports and READMEs:
the set measures generalisation only while nobody tunes on them.  ``lint()`` checks the
invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["parcelforward", "dutyfree", "importbooks", "babyformula", "customsdesk",
                   "studyagency", "fxcounter", "watchrepair"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.
HO_GREETINGS = [
    "您好，{hotline}售后专席{agent_zh}号，大促以后的退换和税费，您尽管问我。",
    "{tod}，{hotline}通关咨询口{agent_zh}，物流、清关、退款哪一环卡住了，我帮您理一理。",
    "您好，这里是{hotline}，订单协理{agent_surname}，协理码{agent_zh}，手边有订单页面的话您可以先打开。",
    "{tod}，{hotline}柜面代号{agent_zh}，表格看不懂、费用算不清，都可以交给我来解释。",
    "您好，{hotline}客服台位{agent_zh}，我姓{agent_surname}，您这一单的进度我这边能直接看到。",
    "{tod}，{hotline}顾问序号{agent_zh}，这一周问的人多，您的事我一件一件跟您核清楚。",
    "您好，{hotline}退换线{agent_zh}号坐席，您说说是哪一笔让您不放心。",
    "{tod}，{hotline}值班专员席卡{agent_zh}号，您慢慢讲，单据上的字我陪您逐行对。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，退货的？说。", "大促完了天天这些事，你讲吧。", "哪一笔，直接讲。", "又是问关税的吧，快说。",
                    "排队的多，捡重点讲。", "喂喂，哪件货出毛病了？"]

# ---- closings
HO_CLOSING_ASK = ["趁我这边页面还开着，别的包裹还有要问的吗？", "除了这件退货，您还有哪张表格没弄明白？",
                  "税费的事说完了，您还想顺便了解点什么？", "这一笔理顺了，另外还有什么要我帮着看的？"]
HO_CLOSING_CUST = ["没了，就等钱退回来。", "就这一件，其他的都收齐了。", "暂时没有，表格我回头慢慢填。",
                   "没有了，这回总算弄懂了。", "应该没有，你讲得挺细的。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见.
HO_CLOSING_BYE = {
    None: ["退货申请已经替您提交了，谢谢您把单据一张张对完，再见。",
           "感谢您在大促这么挤的时候还体谅我们的处理节奏，再见。",
           "谢谢您陪我核对这么长一串订单号，祝您这次退换顺顺当当。",
           "后续每一步都会有短信推送，感谢您今天打进来，再见。",
           "谢谢您把来龙去脉讲得明明白白，费用要是有变化我们会主动告知，再见。"],
    "parcelforward": ["谢谢您选我们转运，祝您的箱子早日清关到家，再见。"],
    "dutyfree": ["感谢您在本店选购，祝您下一趟出行一路顺风，再见。"],
    "importbooks": ["谢谢您在拾页订书，祝您读得尽兴，再见。"],
    "babyformula": ["感谢您信任我们的奶粉，祝宝宝吃得香长得壮，再见。"],
    "customsdesk": ["谢谢您委托我们报关，祝您的货顺利放行，再见。"],
    "studyagency": ["感谢您选择我们办留学，祝孩子申请顺利拿到录取，再见。"],
    "fxcounter": ["谢谢您来我们柜台换汇，祝您出国一切顺当，再见。"],
    "watchrepair": ["感谢您把爱表交给我们，祝它修好后走得又稳又准，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，等你们消息。", "行，那我就等着退款了。", "好嘞，我先挂了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["退货单提了，等着吧。", "就这些，钱退了有短信。", "行了，后面还一堆人排着。", "表填好了再打。",
                   "说完了，我这边挂了。", "税就这么多，没别的了。"]
HO_BAD_CLOSING_CUST = ["啊？那运费谁出你还没讲呢。", "等一下，那张表我还是不会填。", "喂？说完了？",
                       "别挂啊，钱几天能回到卡里？"]

# ---- holds: announcements in other words (the agent checks a parcel's customs status or asks a
# colleague); thanks on return in other words; returns without thanks; none promises music, and all
# fit any centre.
HO_HOLD_ANNOUNCE = ["我进清关系统看这件包裹卡在哪一步，请您稍候。",
                    "我去问问跟单的同事，麻烦您别挂，很快回来。",
                    "海关那边的状态要刷新一阵，请您在线稍等。",
                    "我到报关组确认这张申报单，您先保持通话。",
                    "我把这件货的入境记录调出来，请您稍等一两分钟。",
                    "我找库房的同事核对退件入库，请您不要挂机。",
                    "我把税费明细从头算一遍，您先别挂断。"]
ANNOUNCE_RE = "稍候|别挂|稍等|保持通话|不要挂"
HO_HOLD_THANKS = ["谢谢您举着电话等这么长时间，清关状态查到了。", "感谢您耐心守着，跟单同事回话了。",
                  "多谢您陪我等系统刷新，包裹眼下在口岸。", "让您在免提旁边干坐着，真不好意思，申报单的毛病找到了。",
                  "谢谢您一直在线没走，税费我重新核过了。", "辛苦您等了这一会儿，退件已经进库了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么",
                   "拿着听筒", "排队", "排了", "这么久", "候着您", "等消息", "陪我等网络", "拿着电话", "跑这一趟",
                   "这半天", "这么一会儿", "吵闹", "多担待",
                   "没放电话", "好一阵", "这么些时候", "这通电话", "在线上陪",
                   "排了两回队", "多等了一段", "撑着等", "久等了",
                   "拿着电话这么久", "干耗着", "没撂下", "等着我", "有耐性", "您哪",
                   "陪我翻", "守着听筒", "肯等", "没撂电话", "撑到现在", "举着手机",
                   "顶着风雨", "冒雨", "淋着雨", "站在风口", "雨里", "陪我核",
                   "举着电话", "免提旁边", "干坐着", "一直在线", "陪我等系统"]
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "请教", "走过去", "那头", "一两分钟", "听着",
                  "调取", "查阅", "答复", "暂候", "静候", "立刻", "回复您", "对讲", "里屋", "叫上", "休息室", "旁边",
                  "拨个", "去问", "喊", "进去", "问完", "去跟", "去培训", "找找", "设成", "帮我调", "去核对", "去查",
                  "刷一下", "后台", "另一台", "调出来", "机房", "档案柜", "去档案", "当面", "备份", "去翻", "一翻",
                  "去看", "看一眼", "就回", "呼叫", "请组长", "帮我查", "借一下", "隔壁组", "发给督导", "问好",
                  "有权限的", "就好", "换台", "转给", "尽量快", "一小会儿", "先不要", "库存系统",
                  "群里", "发个消息", "加载", "网络", "共享表格", "登一下", "远程登",
                  "莫挂", "传过来", "调过来", "跑去", "里间", "档案架", "去门口", "找到就", "另一个点", "莫走",
                  "座机", "打过去", "拨一下", "去个电话", "联系一下", "确认一下", "问到了", "问清楚了就", "一等",
                  "排期表", "派工表", "日程", "切过去", "拉出来", "找空档", "线别断", "预约表",
                  "内线", "库房", "仓管", "仓库", "保管", "库管", "总仓", "拨过去", "点一点", "核一核", "别挂线",
                  "别放下", "等会儿", "出入库",
                  "座位图", "余位", "名额", "刷", "排布", "剩票", "比一比", "手机",
                  "抢修队", "技术员", "班长", "派工单", "逐个", "仓里", "通个话", "空着",
                  "清关系统", "跟单", "同事", "刷新", "报关组", "入境记录", "入库", "税费明细", "算一遍", "挂断"]
HO_RESUME_NO_THANKS = ["包裹前天已经放行，国内快递明后天送到。", "申报单上的品名写错了一个字，改好以后重新提交就行。",
                       "退件已经签收，款项三到五个工作日原路退回。", "这件是按行邮税率算的，多扣的部分会退。",
                       "您那块表的机芯要返厂，估价单今晚发到您邮箱。"]
HO_UNANNOUNCED_PRE = ["我翻翻这一单的物流轨迹。", "我对照税率表看看。", "我瞧瞧入境的日期。", None, None]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the customs record is already up, no hold follows)
# and a look-alike of a closing (thanks and good wishes in mid-call, then on to the next item).
HO_ACK_AGENT = ["是啊，大促那几天下单的人太多，退换都挤到这一周来了。", "好啊，那咱们先办退款，换货的事放后面。",
                "是啊，海关的表格写得是绕，我换个说法给您讲。",
                "清关记录已经在我屏幕上了，用不着再去查，我直接念给您听。",
                "谢谢您把订单截图发过来，祝您的包裹早日到家，咱们接着看第二件。"]
HO_ACK_CUST = ["嗯，那先退款吧。", "呃，好，我听你的。", "哦，原来是这么个道理。", "哦，懂了懂了。", "行，那你先帮我退。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["在记。", "录上。", "核上。", "照录。", "您续。", "对上。"]
HO_CUST_BC = ["嗯行。", "好咧。", "是哈。", "懂的。", "哦行。", "对哦。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "关税怎么比东西本身还贵？", "下单页面写着要交税，自己不看赖不着旁人。", "赖不着旁人"),
    ("blame_customer", "免税店的提货单怎么作废了？", "航班改了不来改提货信息，作废是您拖出来的。", "是您拖出来的"),
    ("blame_customer", "奶粉怎么被海关退运了？", "一次下单八罐超了限额，谁叫您贪多。", "谁叫您贪多"),
    ("refuse_responsibility", "包裹在转运仓丢了谁赔？", "仓库外包给别家了，丢了跟我们转运不沾边。", "跟我们转运不沾边"),
    ("refuse_responsibility", "书运到的时候封面破了怎么办？", "破损是快递摔的，书店这头概不受理。", "书店这头概不受理"),
    ("refuse_responsibility", "表修完又不走了你们管不管？", "出了工坊的门，再停摆就不归我们。", "再停摆就不归我们"),
    ("do_it_yourself", "申报单上的品名怎么填？", "海关网站上有范本，照葫芦画瓢自己填。", "照葫芦画瓢自己填"),
    ("do_it_yourself", "退货标签在哪里打印？", "后台有个按钮，点开打出来，这种事也要手把手？", "这种事也要手把手"),
    ("do_it_yourself", "汇率差价怎么算？", "家里没计算器吗，自己拿牌价乘一乘。", "自己拿牌价乘一乘"),
    ("take_or_leave", "留学申请费能不能分期？", "一次付清，不愿意付就别申了。", "不愿意付就别申了"),
    ("take_or_leave", "兑换的手续费能少点吗？", "牌价就挂在墙上，换就换，不换请便。", "不换请便"),
    ("take_or_leave", "转运费能不能按实际重量算？", "我们只认体积重，嫌亏找别家转。", "嫌亏找别家转"),
    ("impatience", "那一长串号你再帮我看一遍？", "同一串数字您叫我看了四遍了，能不能记牢。", "看了四遍了"),
    ("impatience", "退税到底哪天到？", "到了自然会到，别一天到晚盯着问。", "一天到晚盯着问"),
    ("impatience", "报关要多久我还是没听懂。", "我讲得够慢了，您就不能竖起耳朵听。", "就不能竖起耳朵听"),
    ("sarcasm", "能不能一分税都不交？", "一分不交？那您请海关关长给您开个后门。", "给您开个后门"),
    ("sarcasm", "表修好了能比新的还准吗？", "比新的还准？那您干脆自己去造表。", "干脆自己去造表"),
    ("sarcasm", "留学能保证录取名校吗？", "保证进名校？那校长得是您家亲戚。", "校长得是您家亲戚"),
    ("talking_down", "行邮税和跨境综合税有什么区别？", "这都分不清就敢海淘，胆子真不小。", "就敢海淘"),
    ("talking_down", "免税额度是每个人算还是每家算？", "这是出国的常识，您之前没出过国吧。", "没出过国吧"),
    ("talking_down", "原版书和影印版有什么不一样？", "连这个都来问，您平时不怎么看书吧。", "不怎么看书吧"),
]
HO_FORBIDDEN_REACT = ["我花了钱还要受你这份气？", "把你的编码报给我，我要投诉。", "你这说的是人话吗？",
                      "这段通话我会留着的。"]
# Agent hard negatives: taboo-ish words in acceptable service language; seven answer the yes-no
# question with 嗯对 / 嗯嗯.
HO_LOOKALIKES = [
    ("blame_customer", "关税这么高是不是怪我没看清？", "嗯嗯，页面上的提示确实不显眼，不是您的错，我帮您看能不能退一部分。"),
    ("blame_customer", "提货单作废是不是我拖太久了？", "跟拖多久没关系，航班一改系统就会作废，我重新给您开一张。"),
    ("blame_customer", "是不是我买太多罐才被退运的？", "嗯对，超了个人限额，退运的货我们协助您改寄。"),
    ("refuse_responsibility", "包裹丢了你们是不是不管？", "管，转运环节出的问题由我们先行赔付。"),
    ("refuse_responsibility", "封面破了书店受理吗？", "嗯嗯，受理，拍照上传就给您换新的。"),
    ("do_it_yourself", "品名是不是得我自己填？", "嗯对，要您本人确认，不过我可以一栏一栏陪您填。"),
    ("do_it_yourself", "退货标签是不是我自己打印？", "不用您打印，快递员上门会带着面单。"),
    ("take_or_leave", "手续费是不是没得商量？", "牌价是统一的，不过今天兑换满额可以减免一部分手续费。"),
    ("take_or_leave", "只能按体积重算吗？", "嗯对，国际线按体积重，不过我可以帮您换个更紧凑的箱子。"),
    ("impatience", "我问了好几遍你是不是烦了？", "嗯嗯，不烦，您问到明白为止。"),
    ("impatience", "这个我是不是又问重复了？", "重复问很正常，这些规定本来就绕。"),
    ("sarcasm", "表真能修得比新的还准？", "比新的准不敢说，调校以后误差在出厂标准以内。"),
    ("talking_down", "我不太懂这些海关规定。", "好啊，不懂没关系，我从头一条条讲。"),
    ("talking_down", "免税额度是不是按人算？", "嗯对，按每个人算，一家三口就是三份额度。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这破平台是不是专门坑人的？", "让您有这种感觉是我们做得不够，这笔费用我现在逐项跟您核。"),
    ("大促的时候催着下单，退货就没人理了。", "您说的问题我记下了，这件退货我今天就帮您往前推。"),
    ("你们客服是不是只会念稿子？", "我不念稿子，您这单的具体情况我一样样查给您。"),
    ("再不退钱我就去消协告你们。", "您有这个权利，不过我先把退款给您办下来。"),
    ("跟你讲话真是浪费我工夫。", "我长话短说，您这单现在就能处理。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我大促那天在你们那儿转运了三个箱子，两个到了，一个一直显示海关查验，已经十天了，页面上也没写要我交什么材料，我打了好几次都说等通知，到底卡在哪一步，要不要我自己去海关跑一趟。",
    "我在机场免税店买了两瓶香水和一条丝巾，提货的时候说我的航班信息对不上，可我明明就是这个航班，改签了一次而已，现在人已经到国外了，东西还在你们那边，钱也扣了，能不能寄给我或者退款。",
    "我给孩子订的进口奶粉，页面说七天到，现在半个月了，物流一直停在保税仓，孩子的奶粉快喝完了，我又不敢随便换牌子，你们能不能想想办法先发一部分过来。",
    "我在你们柜台换了两千美元，回家一看水单上的汇率跟牌价不一样，差了好几百块钱，当时柜员也没跟我说有手续费，我想问清楚这个钱到底是怎么算出来的。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "查验的包裹我这边能直接联系口岸，今天就给您一个准信。",
    "航班改签的情况可以补登记，东西能按您的地址寄过去。",
    "保税仓的货我帮您申请加急，先拆出两罐单独发出。",
    "水单上的差额是手续费，我把每一项都给您拆开讲清楚。",
]
HO_EARLY_AGENT = [
    "退货是这样处理的，先在订单页申请退货，系统生成退货单以后，快递员上门取件，包裹回到国内仓验完货，款项原路退回，关税部分由平台另外申请退还，全程大概两到三周。",
    "税费是这样计算的，跨境电商的商品按综合税率收，一般是商品价格加运费的百分之九点一，单次超过五千元或者全年超过两万六千元的，就要按一般贸易全额征税。",
    "名表保养是这样安排的，先做外观和走时检测，再出报价单，您确认以后才拆机，机芯清洗大概要四周，换零件的话要等原厂配件，修好后保修一年。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些流程我不管，你先说我的钱什么时候退。", "等一下，我就想知道这个税能不能退。",
                 "行了行了，直接说多少钱多久修好。"]
HO_AFTER_INTERRUPT_CUST = ["能不能等我说完再讲？", "我关键的那句还没说出来呢。", "那行，你先讲你的。"]
HO_AFTER_EARLY_AGENT = ["好，先说您最关心的退款。", "明白，流程放一边，先说结果。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics).
HO_GENERIC_QA = [
    ("退货运费是你们出吗？", "嗯对，质量问题我们出，个人原因的要您自己承担。"),
    ("关税能退吗？", "嗯嗯，整单退货的话关税可以申请退还。"),
    ("这一笔能开个发票吗？", "能开，订单完成后在个人中心申请。"),
    ("退款退到哪儿？", "原路退回，用什么付的就退到哪里。"),
    ("要填几张表？", "一般就一张退货申请，报关的单子我们代填。"),
    ("为什么要上传证件照片？", "跨境进口要做实名申报，海关核对时用。"),
    ("包裹能改地方收吗？", "没出仓之前可以改，出仓以后要找快递公司。"),
    ("换货要多久？", "收到退回的货以后，一周左右发出新的。"),
    ("汇率按哪天算？", "按您付款那一刻的汇率算。"),
    ("这个表格在手机上能填吗？", "可以，小程序里有电子版。"),
    ("奶粉拆了封还能退吗？", "没开罐的可以退，开过罐的就不行了。"),
    ("转运能合箱吗？", "能合，合箱还能省一点运费。"),
    ("留学申请材料要翻译吗？", "成绩单和在读证明要翻译，我们可以代办。"),
    ("修表要押金吗？", "不用押金，估价确认以后再付。"),
    ("你刚才说的税率是多少？", "百分之九点一，九点一。"),
    ("超时没取会怎样？", "保管七天，过了会退回原仓。"),
]
HO_CUST_DETAIL = ["我这是开着免提，屋里有回音，你听得清吗？", "我刚刚问过了，我再问一遍，这个税到底退不退？",
                  "这张单子上的字密密麻麻的，我看不懂。", "我是头一回海淘，好多词都不认识。",
                  "表格我填了三遍都被退回来了。", "订单号好长一串，我对着屏幕念，你记一下。"]
HO_CUST_SEARCH = ["你稍等，我去电脑上把订单页面打开。", "我翻一下邮箱里的确认信，你别挂啊。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "嗯，我看看哈，", "呃，这个表上写的，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["免提有点回声，手机号我没听清，能再说一遍吗？"],
    "name": ["免提有点回声，名字我没听清，能再说一遍吗？"],
    "id": ["免提有点回声，身份证后六位我没听清，能再说一遍吗？"],
    "account": ["免提有点回声，{acct_label}我没听清，能再说一遍吗？"],
    "address": ["免提有点回声，地址我没听清，能再说一遍吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我凑近话筒再念一次，", "", "我放慢点说，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我对着屏幕复核，手机{phone_zh}，对不对？"],
    "name": ["我对着屏幕复核，{name}，对不对？"],
    "id": ["我对着屏幕复核，身份证后六位{id6_zh}，对不对？"],
    "account": ["我对着屏幕复核，{acct_label}{acct_zh}，对不对？"],
    "address": ["我对着屏幕复核，{address}，对不对？"],
}
HO_READBACK_CUST = ["嗯，一个字都没错。", "对的，就是这一串。", "对，一个数都不差。", "是，就是这串。"]
HO_NEW_ASK = {
    "phone": ("退款成功能不能发短信到我女儿手机上？", "嗯对，可以，请把您女儿的手机号码说给我。", "{phone_zh}。", "好的，退款通知会同时发到这个号码。"),
    "name": ("提货能让我同事代取吗？", "可以，请讲一下代取人的全名。", "{name}。", "好的，代取人带上本人证件就能提。"),
    "address": ("退回的货能寄到我公司吗？", "嗯嗯，可以，请把公司的地址说给我。", "{address}。", "好的，退件会寄到这个地方。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["说给我", "再说一遍", "请讲一下", "是多少", "报一下", "念给我", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我对着屏幕复核…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我对着屏幕复核",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "parcelforward": {
        "companies": [("远帆跨境包裹转运", "远帆跨境包裹转运")],
        "acct_label": "转运单号",
        "verify": [("请把转运单号报一下。", "{acct_zh}。", ["account"]),
                   ("收件人的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["大促买的东西转运过来，在海关卡了好几天。", "转运仓说我的箱子超重，要补运费。"],
             "result": ["我给您提交加急查询，{doctor}专员{due}前回复清关结果。"],
             "qa": [("还要我补什么材料吗？", "嗯嗯，可能要补一张购物小票，专员会跟您说。")]},
            {"open": ["想问问能不能把三个包裹合成一箱发。"],
             "result": ["可以合箱，{doctor}专员{due}前把新的运费发给您。"],
             "qa": [("合箱会拆开原包装吗？", "嗯对，会拆掉外层纸箱，商品本身不动。")]},
        ],
    },
    "dutyfree": {
        "companies": [("云港机场免税店", "云港机场免税店")],
        "acct_label": "免税提货单号",
        "verify": [("请把免税提货单号念给我。", "{acct_zh}。", ["account"]),
                   ("购买人的名字和身份证后六位分别是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["航班改签了，免税的东西没提到。", "提货的时候少了一瓶香水。"],
             "result": ["给您补登记新航班，{doctor}店长{due}前确认提货安排。"],
             "qa": [("东西能寄到家里吗？", "嗯嗯，回国入境那部分能寄，离境的要在机场提。")]},
            {"open": ["想问问这次免税额度用掉了多少。"],
             "result": ["额度明细{doctor}店长{due}前发到您的短信里。"],
             "qa": [("额度是一年一清吗？", "嗯对，每个自然年重新算。")]},
        ],
    },
    "importbooks": {
        "companies": [("拾页进口图书书店", "拾页进口图书书店")],
        "acct_label": "图书订单编号",
        "verify": [("麻烦把图书订单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("订书人的名字和收货地址分别是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["大促订的原版书到了，书角压坏了。", "订的是精装版，寄来的是平装。"],
             "result": ["给您换一本新的，{doctor}编辑{due}前安排补发。"],
             "qa": [("坏的那本要寄回去吗？", "嗯嗯，不用寄回，拍照留底就行。")]},
            {"open": ["想问问一套书缺了一册能不能单独补。"],
             "result": ["能单独补，{doctor}编辑{due}前帮您向出版社调货。"],
             "qa": [("补的那册运费你们包吗？", "嗯对，运费我们出，跟着原订单走。")]},
        ],
    },
    "babyformula": {
        "companies": [("安贝进口奶粉专营店", "安贝进口奶粉专营店")],
        "acct_label": "奶粉订单编号",
        "verify": [("奶粉订单编号麻烦报一下。", "{acct_zh}。", ["account"]),
                   ("下单人的名字和身份证后六位分别是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["奶粉在保税仓停了半个月不动。", "收到的奶粉罐子瘪了一块。"],
             "result": ["我帮您催保税仓出库，{doctor}顾问{due}前告诉您发货时间。"],
             "qa": [("罐子瘪了还能喝吗？", "嗯嗯，密封没破就能喝，不放心我们给您换。")]},
            {"open": ["想问问宝宝换段了，没开的两罐能不能退。"],
             "result": ["没开封的可以退，{doctor}顾问{due}前给您办退货。"],
             "qa": [("退货要用原箱吗？", "嗯对，最好用原来的箱子装。")]},
        ],
    },
    "customsdesk": {
        "companies": [("通衢报关行", "通衢报关行")],
        "acct_label": "报关委托编号",
        "verify": [("请把报关委托编号告诉我。", "{acct_zh}。", ["account"]),
                   ("委托人的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["海关让我补一份申报单，我不会填。", "报关费和税费加起来比货还贵。"],
             "result": ["申报单我们代填，{doctor}报关员{due}前把草稿发您确认。"],
             "qa": [("代填要另外收钱吗？", "嗯对，收一笔代理费，明细会列在单子上。")]},
            {"open": ["想问问个人自用的东西能不能少交点税。"],
             "result": ["可以按自用物品申报，{doctor}报关员{due}前帮您重新核算。"],
             "qa": [("需要提供购物凭证吗？", "嗯嗯，要的，电子截图也可以。")]},
        ],
    },
    "studyagency": {
        "companies": [("远志留学服务中心", "远志留学服务中心")],
        "acct_label": "留学服务合同编号",
        "verify": [("请把留学服务合同编号念给我。", "{acct_zh}。", ["account"]),
                   ("学生的名字和家里住址分别是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["大促时买的申请套餐，现在想退一部分。", "签证材料清单我看不明白。"],
             "result": ["我给您出一份费用说明，{doctor}老师{due}前联系您。"],
             "qa": [("退的钱会扣手续费吗？", "嗯嗯，会扣掉已经做完的那部分服务费。")]},
            {"open": ["想问问申请费能不能用外币付。"],
             "result": ["可以用外币卡付，{doctor}老师{due}前发您付款链接。"],
             "qa": [("汇率是按付款当天的吗？", "嗯对，按付款当天的牌价。")]},
        ],
    },
    "fxcounter": {
        "companies": [("汇通外币兑换柜台", "汇通外币兑换柜台")],
        "acct_label": "外币兑换水单编号",
        "verify": [("外币兑换水单编号请报一下。", "{acct_zh}。", ["account"]),
                   ("兑换人的名字和身份证后六位分别是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["换汇的水单上汇率跟牌价对不上。", "换回来的美元里有一张旧版的。"],
             "result": ["我调出当时那笔交易，{doctor}柜员{due}前给您解释差额。"],
             "qa": [("差的钱能退给我吗？", "嗯嗯，如果是我们算错的，全额退给您。")]},
            {"open": ["想问问没用完的外币能不能换回人民币。"],
             "result": ["能换回，{doctor}柜员{due}前给您约好柜台时间。"],
             "qa": [("换回来要带水单吗？", "嗯对，带上原来的水单，手续费低一些。")]},
        ],
    },
    "watchrepair": {
        "companies": [("匠时名表维修工坊", "匠时名表维修工坊")],
        "acct_label": "维修取件单号",
        "verify": [("请把维修取件单号告诉我。", "{acct_zh}。", ["account"]),
                   ("表主的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["海淘的手表走时不准，一天慢两分钟。", "送修的表取回来表镜多了道划痕。"],
             "result": ["先安排检测，{doctor}师傅{due}前给您报价。"],
             "qa": [("检测要收费吗？", "嗯对，检测费一百元，修的话可以抵扣。")]},
            {"open": ["想问问海外买的表能不能在你们这儿保养。"],
             "result": ["能做付费保养，{doctor}师傅{due}前发您价目表。"],
             "qa": [("要带原来的保修卡吗？", "嗯嗯，带上更好，没有也能修。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots (surnames no earlier
# writer's SURNAMES holds; compound ones for agents and specialists, single ones for callers)
SURNAMES = ["淳于", "亓官", "壤驷", "公良", "虢", "妫", "琚", "笃"]
DOCTORS = SURNAMES           # the specialist, the shop manager, the broker ... by surname
NAMES = ["虢立群", "妫雪晴", "琚天宇", "笃文博", "虢晓岚", "妫一鸣", "琚若溪", "笃思远", "虢明哲", "妫佳音"]
AREAS = ["海港名邸", "通关新村", "丝路花园", "港务小区", "保税家园", "口岸新城"]
CITIES = ["绥芬河", "二连浩特", "霍尔果斯", "阿拉山口", "磨憨", "同江", "抚远", "塔城"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有一件，上个月那一单也没到，能一起查吗？", "另外我还想问，退回去的那件关税退不退？"]
HOLD2_AGENT = "两件我都登记上了，由同一个专员一起跟进，结果一并通知您。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
