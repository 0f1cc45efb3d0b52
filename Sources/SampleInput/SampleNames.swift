/// Fictional names, departments and staff IDs for the people the story does not name itself
/// (general staff in the audience, colleagues who evaluate a leader, citizens on the unrelated
/// list). Every name is made up; none belongs to a real city's staff.
struct SampleNames {
    /// Departments (課) of a small city hall, for staff the story does not place itself.
    static let departments = [
        "総務課", "人事課", "企画政策課", "財政課", "税務課", "市民課", "保険年金課", "子育て支援課", "健康増進課",
        "高齢福祉課", "社会福祉課", "環境課", "農政課", "商工観光課", "建設課", "都市計画課", "上下水道課",
        "学校教育課", "生涯学習課", "会計課", "危機管理課", "議会事務局", "農業委員会事務局",
    ]

    static let familyNames = [
        "青木", "阿部", "荒木", "飯島", "石田", "市川", "岩田", "上野", "遠藤", "大久保", "大野", "太田", "岡本", "小川",
        "奥村", "尾崎", "片山", "金子", "川口", "河野", "木下", "工藤", "久保田", "黒田", "小池", "小西", "酒井", "佐野",
        "島田", "白石", "杉本", "須藤", "関口", "高田", "竹内", "武田", "田口", "谷口", "土屋", "中島", "中野", "永井",
        "西田", "野田", "橋本", "服部", "浜田", "早川", "樋口", "広瀬", "福島", "藤田", "古川", "星野", "本田", "前田",
        "松尾", "水野", "宮田", "望月", "安田", "矢野", "山下", "吉川", "若林", "和田",
    ]

    static let givenNames = [
        "翔太", "大輝", "健一", "浩之", "達也", "直人", "雄一", "誠一", "和彦", "智也", "亮介", "陽介", "隆之", "修平",
        "剛志", "聡", "悟", "昌平", "俊介", "康弘", "美穂", "由美", "恵子", "裕子", "真理", "香織", "愛", "彩香", "舞",
        "麻衣", "絵美", "直子", "明美", "幸子", "優子", "理恵", "紗希", "千夏", "遥", "希",
    ]

    private var random: SampleRandom
    private var usedNames: Set<String>
    private var usedFamilies: Set<String>
    private var usedIDs: Set<String>

    /// Names never reused: the story's own people (their family names are avoided altogether,
    /// so that nobody in the audience looks like a relative of a participant).
    init(seed: UInt64, reserved: [Staff]) {
        random = SampleRandom(seed: seed, stream: "names")
        usedNames = Set(reserved.map(\.name))
        usedFamilies = Set(reserved.compactMap { $0.name.split(separator: " ").first.map(String.init) })
        usedIDs = Set(reserved.map(\.id))
    }

    /// A new staff member with a unique name and a unique 5-digit ID.
    mutating func staff() -> Staff {
        var name = ""
        repeat {
            let family = random.pick(Self.familyNames)
            guard !usedFamilies.contains(family) else { continue }
            name = "\(family) \(random.pick(Self.givenNames))"
        } while name.isEmpty || usedNames.contains(name)
        usedNames.insert(name)
        var id = ""
        repeat {
            id = String(6000 + random.index(11000))
            while id.count < 5 { id = "0" + id }
        } while usedIDs.contains(id)
        usedIDs.insert(id)
        return Staff(id: id, name: name)
    }

    /// A new staff member in `department` (or a department drawn at random).
    mutating func seat(in department: String? = nil) -> Seat {
        let person = staff()
        return Seat(staff: person, department: department ?? random.pick(Self.departments))
    }

    /// A citizen's name (for the unrelated attendance list): any family name, never a staff name.
    mutating func citizen() -> String {
        var name = ""
        repeat {
            name = "\(random.pick(Self.familyNames)) \(random.pick(Self.givenNames))"
        } while usedNames.contains(name)
        usedNames.insert(name)
        return name
    }
}
