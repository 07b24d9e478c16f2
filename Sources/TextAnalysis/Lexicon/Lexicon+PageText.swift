extension Lexicon {
    /// Labels a page sets before its media and their credits: "Video: …", "Photo: …", "Credit: …",
    /// "Watch: …". General English web furniture: what follows the label describes or credits a
    /// picture, a clip or a recording set in the page, not a statement of the body. Read by
    /// `Extractor/PageFurniture` (first written in session 16's branch, reverted with it, taken
    /// back here with that branch's review fixes).
    public static let mediaLabels: Set<String> = [
        "video", "videos", "photo", "photos", "image", "images", "picture", "pictures", "graphic", "illustration",
        "gallery", "slideshow", "audio", "podcast", "watch", "listen", "caption", "credit", "credits",
    ]

    /// Nouns for the text a reader is reading, or a part of it, when "this" or "our" stands before
    /// them: "this post", "this edition", "our guide". A sentence whose subject is one of them speaks
    /// of the page itself. Research nouns ("study", "report", "paper", "review", "survey") are not
    /// here: "This study found …" reports a finding.
    public static let ownTextNouns: Set<String> = [
        "article", "post", "blog", "piece", "document", "edition", "roundup", "guide", "tutorial", "newsletter",
        "page", "section", "series", "column", "episode", "video", "podcast", "walkthrough", "writeup",
    ]

    /// Verbs a text uses of what it does with its reader, in the present or after "will": "This post
    /// covers …", "this guide will walk you through …", "this article presents …". A past tense or
    /// a passive of an event ("This article was removed") is not among them.
    public static let presentingVerbForms: Set<String> = [
        "present", "presents", "cover", "covers", "explore", "explores", "describe", "describes", "explain",
        "explains", "discuss", "discusses", "look", "looks", "delve", "delves", "walk", "walks", "outline",
        "outlines", "introduce", "introduces", "summarize", "summarizes", "summarise", "summarises",
        "review", "reviews", "divided", "focus", "focuses", "examine", "examines",
    ]
}
