"""The page chrome of each language: what sits around an article on a real news page.

Everything here must be LEFT OUT by a good extractor; none of it is in any gold file. Some
of it is written to look like content on purpose (related headlines, reader comments).
"""

EN = dict(
    nav=["Home", "News", "World", "Business", "Politics", "Tech", "Science", "Health",
         "Sport", "Culture", "Travel", "Opinion", "Video", "Podcasts"],
    cookie=("We use cookies and similar technologies to personalise content and ads, to "
            "provide social media features and to analyse our traffic. You can change your "
            "choices at any time by visiting Privacy settings."),
    cookie_buttons=["Accept all", "Reject all", "Manage preferences"],
    share=["Share on Facebook", "Share on X", "Share on WhatsApp", "Email this story",
           "Copy link"],
    related_head="Related stories",
    related=[
        "Heavy rain is forecast to return to the region next week as another storm system forms over the sea",
        "How a small fishing town rebuilt its harbour after the worst typhoon in three decades",
        "Central bank officials signal they are in no hurry to cut borrowing costs this year",
        "Electric scooter makers race to build charging networks across Southeast Asian cities",
        "Scientists warn that record ocean temperatures could bleach coral reefs for a third year",
        "The quiet village school that taught a generation of engineers to code",
        "Rice farmers turn to drought-resistant seeds as the dry season grows longer",
        "Five things we learned from the prime minister's first major speech on the economy",
    ],
    most_read_head="Most read",
    most_read=[
        "Thousands of travellers stranded as airport computer outage spreads across Europe",
        "The retired teacher who walked the length of the country to raise money for a hospital",
        "Housing prices fall for the sixth month in a row as mortgage rates stay high",
        "A rare white tiger cub has been born at the city zoo, keepers say",
        "Why your grocery bill is still rising even though inflation has slowed",
        "Police appeal for witnesses after a lorry overturned on the motorway at dawn",
    ],
    comments_head="Comments (214)",
    comments=[
        ("riverside_dave", "I grew up near there and every autumn it is the same story. The drainage was never fixed after the last flood and nobody in the council seems to care until the cameras arrive."),
        ("M. Okafor", "Good reporting, but I would have liked to hear more from the families themselves rather than only from officials. They are the ones who have lost everything."),
        ("northern_lights_77", "Honestly the bigger question is why new houses are still being built on the flood plain. Insurance companies already refuse to cover half the street."),
        ("Jane T.", "My sister is volunteering at one of the shelters this week. They need dry clothes and baby formula more than anything else, if anyone is able to help."),
        ("skeptic_in_chief", "Every year they promise a new dyke and every year the money goes somewhere else. I will believe it when I see the concrete poured."),
    ],
    newsletter=("Sign up for our morning briefing: the stories you need to know, in your inbox "
                "before breakfast every weekday."),
    newsletter_button="Sign up",
    email_placeholder="Your email address",
    ad="ADVERTISEMENT",
    sponsored_head="Sponsored content",
    sponsored=[
        "This simple trick helps homeowners cut their energy bills in half this winter",
        "Travellers are booking these hidden beaches before the prices go up",
    ],
    follow="Follow us on Facebook, X and Instagram for the latest news and updates.",
    footer=("© 2024 The Daily Ledger. All rights reserved. Terms of use | Privacy policy | "
            "Cookie policy | Contact us | Advertise with us | Careers"),
    skip="Skip to main content",
    breaking="Breaking news alert: Stay informed with our free push notifications.",
    read_more="Read more",
    tags_head="Topics",
)

VI = dict(
    nav=["Trang chủ", "Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Bất động sản",
         "Khoa học", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống",
         "Du lịch", "Số hóa", "Xe"],
    cookie=("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web, cá "
            "nhân hóa nội dung và quảng cáo. Bằng việc tiếp tục truy cập, bạn đồng ý với "
            "chính sách cookie của chúng tôi."),
    cookie_buttons=["Đồng ý", "Tùy chỉnh"],
    share=["Chia sẻ Facebook", "Chia sẻ Zalo", "Sao chép liên kết", "Gửi email", "In bài"],
    related_head="Tin liên quan",
    related=[
        "Hà Nội đề xuất mở rộng tuyến đường sắt đô thị đến các huyện ngoại thành trong giai đoạn tới",
        "Giá xăng dầu đồng loạt giảm nhẹ từ chiều nay sau ba kỳ điều hành tăng liên tiếp",
        "Nhiều trường đại học công bố phương án tuyển sinh năm 2025 với nhiều điểm mới đáng chú ý",
        "Nông dân miền Tây trúng mùa lúa đông xuân nhưng lo giá bán giảm vì thương lái ép giá",
        "Bộ Y tế khuyến cáo người dân chủ động phòng chống sốt xuất huyết khi mùa mưa đến sớm",
        "Cảng biển lớn nhất miền Bắc đón tàu container trọng tải hơn một trăm nghìn tấn",
        "Người dân thành phố đổ về các khu vui chơi trong kỳ nghỉ lễ kéo dài năm ngày",
        "Chuyên gia nhận định thị trường bất động sản sẽ phục hồi rõ nét hơn vào cuối năm",
    ],
    most_read_head="Đọc nhiều",
    most_read=[
        "Xe khách lật trên đèo, hàng chục hành khách được đưa đi cấp cứu trong đêm",
        "Cô giáo vùng cao vượt hàng chục cây số đường rừng mỗi ngày để đến lớp",
        "Giá vàng trong nước lập đỉnh mới khi thị trường thế giới biến động mạnh",
        "Những điểm du lịch hút khách nhất dịp hè năm nay theo khảo sát mới công bố",
        "Chàng trai khởi nghiệp từ vườn cà phê của gia đình và xuất khẩu sang châu Âu",
        "Mưa lớn kéo dài khiến nhiều tuyến phố nội thành ngập sâu vào giờ tan tầm",
    ],
    comments_head="Ý kiến bạn đọc (86)",
    comments=[
        ("Nguyễn Văn Hùng", "Tôi sống gần khu vực này hơn hai mươi năm, mỗi lần mưa lớn là nước lại ngập đến đầu gối. Mong chính quyền sớm có giải pháp lâu dài chứ không chỉ xử lý tạm thời."),
        ("Minh Thư", "Bài viết rất hay và kịp thời. Tuy nhiên tôi nghĩ cần lắng nghe thêm ý kiến của người dân trực tiếp chịu ảnh hưởng thay vì chỉ đăng phát biểu của lãnh đạo."),
        ("trananh_89", "Dự án này đã được hứa hẹn từ nhiều năm trước nhưng đến giờ vẫn chưa thấy triển khai. Tiền ngân sách đã chi ra thì phải có kết quả cụ thể."),
        ("Lê Thị Hoa", "Con tôi học ở trường gần đó, sáng nào cũng phải đi đường vòng rất xa. Hy vọng cây cầu mới sẽ sớm hoàn thành trước năm học tới."),
        ("Phạm Quốc Bảo", "Đồng ý với ý kiến trên. Quan trọng nhất là khâu giám sát chất lượng công trình, đừng để làm xong vài năm lại phải sửa chữa."),
    ],
    newsletter="Đăng ký nhận bản tin sáng để không bỏ lỡ những tin tức quan trọng nhất mỗi ngày.",
    newsletter_button="Đăng ký",
    email_placeholder="Nhập email của bạn",
    ad="QUẢNG CÁO",
    sponsored_head="Nội dung tài trợ",
    sponsored=[
        "Bí quyết giúp gia đình tiết kiệm một nửa tiền điện trong mùa nắng nóng",
        "Căn hộ ven sông với tầm nhìn toàn cảnh thành phố chỉ từ hai tỷ đồng",
    ],
    follow="Theo dõi chúng tôi trên Facebook, Zalo và YouTube để cập nhật tin tức nhanh nhất.",
    footer=("© Bản quyền thuộc về Báo Điện tử Tin Mới. Giấy phép số 548/GP-BTTTT. Tổng biên "
            "tập: Nguyễn Văn A. Địa chỉ: 12 Lý Thường Kiệt, Hà Nội. Điện thoại: 024 3825 "
            "0000. Liên hệ quảng cáo. Chính sách bảo mật."),
    skip="Bỏ qua để đến nội dung chính",
    breaking="Nhận thông báo tin nóng miễn phí từ chúng tôi.",
    read_more="Xem thêm",
    tags_head="Từ khóa",
)

ZH = dict(
    nav=["首页", "时政", "国际", "财经", "科技", "体育", "娱乐", "军事", "教育", "健康",
         "汽车", "房产", "文化", "旅游", "视频", "图片"],
    cookie=("本网站使用Cookie来改善您的浏览体验、提供个性化内容和分析网站流量。继续浏览即表示"
            "您同意我们使用Cookie。详情请参阅我们的隐私政策。"),
    cookie_buttons=["同意", "拒绝", "设置"],
    share=["分享到微信", "分享到微博", "分享到QQ空间", "复制链接", "打印"],
    related_head="相关阅读",
    related=[
        "多地出台新政策支持新能源汽车下乡，农村充电设施建设明显提速",
        "今年以来我国外贸进出口保持稳定增长，民营企业进出口占比持续提升",
        "专家解读：为何今年夏季高温天气来得更早、持续时间更长",
        "全国多所高校公布今年招生计划，部分专业扩大招生规模",
        "城市更新行动持续推进，一批老旧小区改造项目年内完工",
        "跨境电商迎来新机遇，中小企业加快布局东南亚市场",
        "铁路部门加开夜间列车，满足暑期旅客出行需求",
        "科研团队在深海发现新物种，相关成果发表于国际学术期刊",
    ],
    most_read_head="热门排行",
    most_read=[
        "暴雨持续影响南方多省，部分地区启动防汛四级应急响应",
        "退休教师义务辅导留守儿童十余年，被村民亲切称为“老校长”",
        "国内油价迎来年内第五次下调，加满一箱油将少花约十元",
        "大熊猫幼崽首次与游客见面，园方提醒文明观赏",
        "一季度居民人均可支配收入数据公布，消费支出稳步增长",
        "高速公路清晨发生多车追尾事故，交警提醒雾天谨慎驾驶",
    ],
    comments_head="网友评论（132条）",
    comments=[
        ("北京网友", "这个政策出台得很及时，希望各地能够真正落实到位，不要只停留在文件上，让老百姓切实感受到变化。"),
        ("江南烟雨", "我家就在附近，每年汛期都担心得睡不着觉。希望这次的工程能够早日完工，彻底解决积水问题。"),
        ("科技爱好者2024", "文章写得很详细，数据也很有说服力。不过我觉得还应该多关注一下中小城市的情况，那里的差距更大。"),
        ("老张说事", "说了很多年了，关键还是要看执行。资金到位了没有？监督机制有没有建立起来？这些才是老百姓关心的。"),
        ("海边的风", "支持！我们村去年已经通了公交，孩子上学方便多了，老人去县城看病也不用再走很远的路。"),
    ],
    newsletter="订阅我们的每日早报，第一时间获取最重要的新闻资讯。",
    newsletter_button="订阅",
    email_placeholder="请输入您的邮箱",
    ad="广告",
    sponsored_head="推广",
    sponsored=[
        "夏季空调这样用，电费能省一半，很多人都不知道",
        "限时优惠：海景公寓首付仅需二十万元，名额有限",
    ],
    follow="关注我们的微信公众号和微博，获取最新新闻资讯。",
    footer=("版权所有 新闻信息网 未经授权禁止转载、摘编、复制或建立镜像。违法和不良信息举报电话："
            "010-12345678 京ICP备12345678号 关于我们 联系我们 广告服务 网站地图"),
    skip="跳转到主要内容",
    breaking="开启推送通知，第一时间获取突发新闻。",
    read_more="查看更多",
    tags_head="标签",
)

CHROME = {"en": EN, "vi": VI, "zh": ZH}

# Teaser cards of other articles: a headline and a summary sentence, the hardest chrome of all.
EN["teasers"] = [
    ("Why the world's biggest iceberg is on the move again", "After decades stuck on the sea floor, the giant slab of ice is drifting north into warmer water, and scientists are following it closely."),
    ("The bird that learned to mimic car alarms", "Researchers recorded a lyrebird in a city park copying the sounds of alarms, chainsaws and camera shutters with remarkable accuracy."),
    ("Deep-sea mining: what is at stake on the ocean floor", "Companies want to collect metal-rich nodules from the sea bed, but biologists warn we know almost nothing about the life that depends on them."),
]
VI["teasers"] = [
    ("Vì sao giá điện có thể tăng trong những tháng tới", "Chi phí sản xuất điện tăng cao khiến ngành điện đề xuất điều chỉnh giá bán lẻ, nhiều hộ gia đình lo lắng hóa đơn mùa hè."),
    ("Làng nghề gốm cổ trước nguy cơ mai một", "Những nghệ nhân cuối cùng của làng gốm vẫn miệt mài bên bàn xoay, dù lớp trẻ lần lượt bỏ nghề lên thành phố."),
    ("Những con đường đẹp nhất mùa lá vàng ở Hà Nội", "Cuối thu, nhiều tuyến phố ở thủ đô khoác lên mình sắc vàng rực rỡ, thu hút người dân và du khách đến chụp ảnh."),
]
ZH["teasers"] = [
    ("组图：高原上的春耕时节", "随着气温回升，高原上的农民开始翻耕土地、播种青稞，田野里一派繁忙景象。"),
    ("千年古镇焕发新活力", "古镇通过修缮老街、引入文创产业，吸引了大批年轻游客，当地居民的收入也随之提高。"),
    ("探访深山里的“云端小学”", "这所学校海拔两千多米，老师们坚守多年，让山里的孩子在家门口就能上学。"),
]

# The small labels of a comment.
EN.update(ago="2 hours ago", like="Like", reply="Reply")
VI.update(ago="2 giờ trước", like="Thích", reply="Trả lời")
ZH.update(ago="2小时前", like="点赞", reply="回复")
