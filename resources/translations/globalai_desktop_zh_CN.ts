<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name />
        <message numerus="yes">
            <source> (×%n)</source>
            <translation>
                <numerusform> (×%n)</numerusform>
            </translation>
        </message>
        <message>
            <source> Try again in {s:.0f} s.</source>
            <translation> 请在 {s:.0f} 秒后重试。</translation>
        </message>
        <message numerus="yes">
            <source>%n failed requests can be sent again once this is fixed. Nothing you typed was lost.</source>
            <translation>
                <numerusform>问题解决后可重新发送 %n 个失败的请求。你输入的内容都没有丢失。</numerusform>
            </translation>
        </message>
        <message>
            <source>%s: %s</source>
            <translation>%s：%s</translation>
        </message>
        <message>
            <source>&amp;About GlobalAI Desktop</source>
            <translation>关于 GlobalAI Desktop(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>文档(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Export Conversation…</source>
            <translation>导出对话(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import Conversation…</source>
            <translation>导入对话(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>链接(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>模型(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>(broken image)</source>
            <translation>（图片已损坏）</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="132" />
            <source>(no prompt)</source>
            <translation>（无提示词）</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <source>1 image</source>
            <translation>1 张图片</translation>
        </message>
        <message>
            <source>1 link</source>
            <translation>1 个链接</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 分钟</translation>
        </message>
        <message>
            <source>1 to 9 JPEG, PNG or WebP pictures, short side at least 400 px, up to 20 MB each.</source>
            <translation>1 到 9 张 JPEG、PNG 或 WebP 图片，短边不小于 400 px，每张不超过 20 MB。</translation>
        </message>
        <message>
            <source>16:9 landscape or 9:16 portrait.</source>
            <translation>16:9 横屏或 9:16 竖屏。</translation>
        </message>
        <message>
            <source>16:9 landscape or 9:16 portrait. Use either this or a size in pixels.</source>
            <translation>16:9 横屏或 9:16 竖屏。与像素尺寸二选一。</translation>
        </message>
        <message>
            <source>16:9 or 9:16.</source>
            <translation>16:9 或 9:16。</translation>
        </message>
        <message>
            <source>2-5 minutes</source>
            <translation>2-5 分钟</translation>
        </message>
        <message>
            <source>2-8 minutes</source>
            <translation>2-8 分钟</translation>
        </message>
        <message>
            <source>3 to 15 seconds; a reference video sets its own length.</source>
            <translation>3 到 15 秒；使用参考视频时由该视频决定时长。</translation>
        </message>
        <message>
            <source>6 to 30 seconds; up to 7 reference images.</source>
            <translation>6 到 30 秒；最多 7 张参考图。</translation>
        </message>
        <message>
            <source>6, 10, 12, 16, 20 or 30 seconds; up to 5 reference images (public links).</source>
            <translation>6、10、12、16、20 或 30 秒；最多 5 张参考图（公开链接）。</translation>
        </message>
        <message>
            <source>720p or 1080p; reference images or first/last frames.</source>
            <translation>720p 或 1080p；可使用参考图或首尾帧。</translation>
        </message>
        <message>
            <source>720p or 1080p; starts from frames only (no reference images).</source>
            <translation>720p 或 1080p；仅支持首尾帧（不支持参考图）。</translation>
        </message>
        <message>
            <source>720p, 1080p or 4K; reference images or first/last frames.</source>
            <translation>720p、1080p 或 4K；可使用参考图或首尾帧。</translation>
        </message>
        <message>
            <source>720x1280 portrait or 1280x720 landscape. Use either this or an aspect ratio.</source>
            <translation>720x1280 竖屏或 1280x720 横屏。与画面比例二选一。</translation>
        </message>
        <message>
            <source>&lt;b&gt;The key has been changed.&lt;/b&gt; Retry to send the failed requests again.</source>
            <translation>&lt;b&gt;密钥已更换。&lt;/b&gt;点击重试可重新发送失败的请求。</translation>
        </message>
        <message>
            <source>A PEM file of additional trusted certificate authorities (optional).</source>
            <translation>包含额外受信任证书颁发机构的 PEM 文件（可选）。</translation>
        </message>
        <message>
            <source>A catalog file that adds or updates models (usually provided by an administrator).</source>
            <translation>用于添加或更新模型的目录文件（通常由管理员提供）。</translation>
        </message>
        <message>
            <source>A desktop client for the GlobalAI OPC gateway: chat with GPT, Claude and Gemini, generate images and videos, and keep what you make.</source>
            <translation>GlobalAI OPC 网关的桌面客户端：与 GPT、Claude 和 Gemini 聊天，生成图片和视频，并保存你的作品。</translation>
        </message>
        <message>
            <source>A last frame needs a first frame.</source>
            <translation>使用尾帧时必须同时提供首帧。</translation>
        </message>
        <message>
            <source>A public link to a JPEG, PNG or WebP picture: both sides at least 300 px, no more than 2.5 times wider than tall or taller than wide, up to 20 MB.</source>
            <translation>指向 JPEG、PNG 或 WebP 图片的公开链接：宽和高均不小于 300 px，宽高比在 1:2.5 到 2.5:1 之间，大小不超过 20 MB。</translation>
        </message>
        <message>
            <source>A public link to a video for the result to follow.</source>
            <translation>供结果参照的视频的公开链接。</translation>
        </message>
        <message>
            <source>A reply is still being written. Stop it first.</source>
            <translation>回复仍在生成中，请先停止。</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API 密钥(&amp;K)：</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>API key problem</source>
            <translation>API 密钥问题</translation>
        </message>
        <message>
            <source>API key rejected</source>
            <translation>API 密钥被拒绝</translation>
        </message>
        <message>
            <source>About GlobalAI Desktop</source>
            <translation>关于 GlobalAI Desktop</translation>
        </message>
        <message>
            <source>About this model family</source>
            <translation>关于此模型系列</translation>
        </message>
        <message>
            <source>About {0}</source>
            <translation>关于 {0}</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Actual pixels</source>
            <translation>实际像素</translation>
        </message>
        <message>
            <source>Actual pixels, 100%</source>
            <translation>实际像素，100%</translation>
        </message>
        <message>
            <source>Adaptive</source>
            <translation>自适应</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add a generated soundtrack to the video.</source>
            <translation>为视频配上生成的声音。</translation>
        </message>
        <message>
            <source>Add at least one link, one per line.</source>
            <translation>请至少添加一个链接，每行一个。</translation>
        </message>
        <message>
            <source>Add link to {label}</source>
            <translation>向{label}添加链接</translation>
        </message>
        <message>
            <source>Add this image's link to the reference images</source>
            <translation>将此图片的链接添加到参考图</translation>
        </message>
        <message>
            <source>Added as a reference image.</source>
            <translation>已添加为参考图。</translation>
        </message>
        <message>
            <source>Added {0} to “{1}”.</source>
            <translation>已将 {0} 添加到“{1}”。</translation>
        </message>
        <message>
            <source>Administrator file</source>
            <translation>管理员配置文件</translation>
        </message>
        <message>
            <source>All audio</source>
            <translation>全部为音频</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>All images</source>
            <translation>全部为图片</translation>
        </message>
        <message>
            <source>All videos</source>
            <translation>全部为视频</translation>
        </message>
        <message>
            <source>Always 10 seconds at 720p, 16:9.</source>
            <translation>固定为 10 秒、720p、16:9。</translation>
        </message>
        <message>
            <source>Always 10 seconds at 720p. Start from frames, reference images or an input video; every picture and video must be a public web link.</source>
            <translation>固定为 10 秒、720p。可以从首尾帧、参考图或输入视频开始；所有图片和视频都必须是公开的网络链接。</translation>
        </message>
        <message>
            <source>Always 10 seconds at 720p; up to 7 reference images (public links).</source>
            <translation>固定为 10 秒、720p；最多 7 张参考图（公开链接）。</translation>
        </message>
        <message>
            <source>Animate</source>
            <translation>生成视频</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>Approved assets</source>
            <translation>已通过审核的素材</translation>
        </message>
        <message>
            <source>Approved: ready to use as a reference.</source>
            <translation>已通过：可以用作参考素材。</translation>
        </message>
        <message>
            <source>Arrow keys move between images, Enter opens one in the preview, Delete deletes it, Ctrl+C copies it, the Menu key shows what else can be done.</source>
            <translation>方向键在图片之间移动，Enter 在预览中打开，Delete 删除，Ctrl+C 复制，菜单键显示更多操作。</translation>
        </message>
        <message>
            <source>Ask anything…</source>
            <translation>有问题尽管问…</translation>
        </message>
        <message>
            <source>Ask the GlobalAI OPC team to enable it for your key, or choose another model.</source>
            <translation>请联系 GlobalAI OPC 团队为你的密钥开通，或选择其他模型。</translation>
        </message>
        <message>
            <source>Ask the server for the review status now</source>
            <translation>立即向服务器查询审核状态</translation>
        </message>
        <message>
            <source>Ask {model} anything.
Replies stream in as they are written; Esc stops them.</source>
            <translation>向 {model} 提任何问题。
回复会边生成边显示，按 Esc 可停止。</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>画面比例</translation>
        </message>
        <message>
            <source>Aspect ratio is required when a resolution is chosen.</source>
            <translation>选择分辨率时必须指定画面比例。</translation>
        </message>
        <message>
            <source>Asset id</source>
            <translation>素材 ID</translation>
        </message>
        <message>
            <source>Asset status message</source>
            <translation>素材状态消息</translation>
        </message>
        <message>
            <source>Asset table columns</source>
            <translation>素材表格列</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>素材</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <source>Assistant reply</source>
            <translation>助手回复</translation>
        </message>
        <message>
            <source>At most {n} images can be attached to one message.</source>
            <translation>每条消息最多可附加 {n} 张图片。</translation>
        </message>
        <message>
            <source>Attach images</source>
            <translation>附加图片</translation>
        </message>
        <message>
            <source>Attach images (you can also paste or drop them here)</source>
            <translation>附加图片（也可以直接粘贴或拖放到这里）</translation>
        </message>
        <message>
            <source>Attach image…</source>
            <translation>附加图片…</translation>
        </message>
        <message>
            <source>Attached image {name}</source>
            <translation>已附加图片 {name}</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>音频</translation>
        </message>
        <message>
            <source>Audio (wav or mp3)</source>
            <translation>音频（wav 或 mp3）</translation>
        </message>
        <message>
            <source>Audio clips (WAV or MP3) that guide the sound or voice.</source>
            <translation>引导声音或人声的音频片段（WAV 或 MP3）。</translation>
        </message>
        <message>
            <source>Base URL for images, videos and task results.</source>
            <translation>图片、视频和任务结果的基础 URL。</translation>
        </message>
        <message>
            <source>Base URL of the chat gateway (GPT, Claude, Gemini).</source>
            <translation>聊天网关的基础 URL（GPT、Claude、Gemini）。</translation>
        </message>
        <message>
            <source>Best quality.</source>
            <translation>画质最佳。</translation>
        </message>
        <message>
            <source>Better pictures than Nano Banana; 1K images.</source>
            <translation>画质优于 Nano Banana；生成 1K 图片。</translation>
        </message>
        <message>
            <source>Browse for %s</source>
            <translation>浏览选择%s</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Call the pictures [Image 1], [Image 2] and so on; up to 2500 Chinese or 5000 other characters.</source>
            <translation>用 [Image 1]、[Image 2] 等指代各张图片；中文最多 2500 字，其他文字最多 5000 个字符。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="136" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Cannot reach the server</source>
            <translation>无法连接服务器</translation>
        </message>
        <message>
            <source>Cannot tell whether these are images, videos or audio; choose the kind below the box: {0}</source>
            <translation>无法判断这些是图片、视频还是音频，请在输入框下方选择类型：{0}</translation>
        </message>
        <message>
            <source>Catalog default</source>
            <translation>模型目录默认</translation>
        </message>
        <message>
            <source>Certificates and catalogs (*.pem *.crt *.json)</source>
            <translation>证书和目录 (*.pem *.crt *.json)</translation>
        </message>
        <message>
            <source>Changes one video you give; reference images are optional.</source>
            <translation>修改你提供的一个视频；参考图可选。</translation>
        </message>
        <message>
            <source>Charged per second of video.</source>
            <translation>按视频秒数计费。</translation>
        </message>
        <message>
            <source>Charged per video.</source>
            <translation>按视频条数计费。</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <source>Chat model</source>
            <translation>聊天模型</translation>
        </message>
        <message>
            <source>Chat notice</source>
            <translation>聊天提示</translation>
        </message>
        <message>
            <source>Chat with GPT, Claude and Gemini, and create images and videos through the GlobalAI OPC gateway. To begin, paste the API key you received from the GlobalAI OPC team.</source>
            <translation>通过 GlobalAI OPC 网关与 GPT、Claude 和 Gemini 聊天，并创作图片和视频。首先，请粘贴 GlobalAI OPC 团队提供给你的 API 密钥。</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>再次检查</translation>
        </message>
        <message>
            <source>Check on this task again</source>
            <translation>再次检查此任务</translation>
        </message>
        <message>
            <source>Checked every {0} s while it is being made. The server keeps the result {1}; it is saved to your library as soon as it is ready.</source>
            <translation>生成期间每 {0} 秒检查一次。服务器会保留结果{1}；结果一旦就绪就会保存到你的媒体库。</translation>
        </message>
        <message>
            <source>Checked {0}: {1} approved.</source>
            <translation>已检查 {0} 个：{1} 个已通过。</translation>
        </message>
        <message>
            <source>Checked: {0}</source>
            <translation>检查时间：{0}</translation>
        </message>
        <message>
            <source>Checking the connection…</source>
            <translation>正在检查连接…</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>选择</translation>
        </message>
        <message>
            <source>Choose a registered asset</source>
            <translation>选择已登记的素材</translation>
        </message>
        <message>
            <source>Choose a resolution together with an aspect ratio, or an exact size in pixels.</source>
            <translation>请选择分辨率并搭配画面比例，或者直接选择精确的像素尺寸。</translation>
        </message>
        <message>
            <source>Choose either a resolution or a pixel size, not both.</source>
            <translation>分辨率和像素尺寸只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <source>Choose either an aspect ratio or a pixel size, not both.</source>
            <translation>画面比例和像素尺寸只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <source>Choose “Keep it for this session only” to use the key now.</source>
            <translation>选择“仅在本次会话中保留”即可立即使用此密钥。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Code copied.</source>
            <translation>代码已复制。</translation>
        </message>
        <message>
            <source>Connect timeout (s)</source>
            <translation>连接超时（秒）</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <source>Connection status</source>
            <translation>连接状态</translation>
        </message>
        <message>
            <source>Connection test results</source>
            <translation>连接测试结果</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Conversation (*.json);;All files (*)</source>
            <translation>对话 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Conversation list</source>
            <translation>对话列表</translation>
        </message>
        <message>
            <source>Conversation settings</source>
            <translation>对话设置</translation>
        </message>
        <message>
            <source>Conversation title</source>
            <translation>对话标题</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <source>Copied asset://{0}</source>
            <translation>已复制 asset://{0}</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy Details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Copy asset://ID to the clipboard</source>
            <translation>将 asset://ID 复制到剪贴板</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详情</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>复制图片</translation>
        </message>
        <message>
            <source>Copy prompt</source>
            <translation>复制提示词</translation>
        </message>
        <message>
            <source>Copy reference</source>
            <translation>复制引用</translation>
        </message>
        <message>
            <source>Copy the image to the clipboard</source>
            <translation>将图片复制到剪贴板</translation>
        </message>
        <message>
            <source>Copy the image's prompt as text</source>
            <translation>以文本形式复制图片的提示词</translation>
        </message>
        <message>
            <source>Copy the prompt to the clipboard</source>
            <translation>将提示词复制到剪贴板</translation>
        </message>
        <message>
            <source>Copy this message</source>
            <translation>复制此消息</translation>
        </message>
        <message>
            <source>Cost: {0}</source>
            <translation>费用：{0}</translation>
        </message>
        <message>
            <source>Could not delete {name}: {reason}</source>
            <translation>无法删除 {name}：{reason}</translation>
        </message>
        <message>
            <source>Could not import {name}: {reason}</source>
            <translation>无法导入 {name}：{reason}</translation>
        </message>
        <message>
            <source>Could not reach the GlobalAI server</source>
            <translation>无法连接 GlobalAI 服务器</translation>
        </message>
        <message>
            <source>Could not reach the server, so nothing was sent. Check the connection and press Resubmit.</source>
            <translation>无法连接服务器，请求未发送。请检查网络连接后点击“重新提交”。</translation>
        </message>
        <message>
            <source>Could not read the key from the keyring ({detail}).</source>
            <translation>无法从密钥环读取密钥（{detail}）。</translation>
        </message>
        <message>
            <source>Could not remove the key from the keyring ({detail}).</source>
            <translation>无法从密钥环中删除密钥（{detail}）。</translation>
        </message>
        <message>
            <source>Could not save the key in the keyring ({detail}).</source>
            <translation>无法将密钥保存到密钥环（{detail}）。</translation>
        </message>
        <message>
            <source>Could not save the video to {0}: {1}</source>
            <translation>无法将视频保存到 {0}：{1}</translation>
        </message>
        <message>
            <source>Could not {0}: {1}</source>
            <translation>无法{0}：{1}</translation>
        </message>
        <message>
            <source>Could not {action}: {reason}</source>
            <translation>无法{action}：{reason}</translation>
        </message>
        <message>
            <source>Create an image</source>
            <translation>创建图片</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Ctrl+Enter (Enter adds a new line)</source>
            <translation>Ctrl+Enter（Enter 换行）</translation>
        </message>
        <message>
            <source>Ctrl+Enter to send</source>
            <translation>Ctrl+Enter 发送</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>Custom proxy</source>
            <translation>自定义代理</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>Default ({name})</source>
            <translation>默认（{name}）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete assets</source>
            <translation>删除素材</translation>
        </message>
        <message>
            <source>Delete images</source>
            <translation>删除图片</translation>
        </message>
        <message>
            <source>Delete the image from your disk</source>
            <translation>从磁盘中删除这张图片</translation>
        </message>
        <message>
            <source>Delete the selected assets</source>
            <translation>删除所选素材</translation>
        </message>
        <message>
            <source>Delete these {n} images?

Their files are removed from your disk.</source>
            <translation>删除这 {n} 张图片？

它们的文件将从磁盘中删除。</translation>
        </message>
        <message>
            <source>Delete this image?

{name}

The file is removed from your disk.</source>
            <translation>删除此图片？

{name}

文件将从磁盘中删除。</translation>
        </message>
        <message>
            <source>Delete this video</source>
            <translation>删除此视频</translation>
        </message>
        <message>
            <source>Delete this video and its file?

{0}</source>
            <translation>删除此视频及其文件？

{0}</translation>
        </message>
        <message>
            <source>Delete video</source>
            <translation>删除视频</translation>
        </message>
        <message>
            <source>Delete {0} asset(s)?</source>
            <translation>删除 {0} 个素材？</translation>
        </message>
        <message>
            <source>Deleted {0} asset(s).</source>
            <translation>已删除 {0} 个素材。</translation>
        </message>
        <message>
            <source>Deleted “{title}”.</source>
            <translation>已删除“{title}”。</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>Demo mode</source>
            <translation>演示模式</translation>
        </message>
        <message>
            <source>Demo mode uses the built-in simulator's key. Nothing is saved.</source>
            <translation>演示模式使用内置模拟器的密钥，不会保存任何内容。</translation>
        </message>
        <message>
            <source>Demo mode: answers, images and videos come from a built-in simulator, not from GlobalAI.</source>
            <translation>演示模式：回答、图片和视频都来自内置模拟器，而非 GlobalAI。</translation>
        </message>
        <message>
            <source>Demo mode: everything is answered by a built-in simulator. Nothing is sent to GlobalAI and nothing is billed.</source>
            <translation>演示模式：所有请求都由内置模拟器应答，不会发送到 GlobalAI，也不会产生费用。</translation>
        </message>
        <message>
            <source>Demo mode: requests go to the built-in simulator. These addresses are used when you start the app normally.</source>
            <translation>演示模式：请求发送到内置模拟器。正常启动应用时才会使用这些地址。</translation>
        </message>
        <message>
            <source>Describe a picture on the left and press Generate. Finished images appear here, newest first.</source>
            <translation>在左侧描述一张图片并点击“生成”。生成的图片会显示在这里，最新的排在最前面。</translation>
        </message>
        <message>
            <source>Describe the edit; up to 2500 Chinese or 5000 other characters.</source>
            <translation>描述要做的修改；中文最多 2500 字，其他文字最多 5000 个字符。</translation>
        </message>
        <message>
            <source>Describe the video: up to 500 Chinese characters or 1000 English words.</source>
            <translation>描述视频内容：中文最多 500 字，英文最多 1000 个单词。</translation>
        </message>
        <message>
            <source>Describe what you want to see…</source>
            <translation>描述你想看到的画面…</translation>
        </message>
        <message>
            <source>Describe what you want: the subject, the setting, the style.</source>
            <translation>描述你想要的内容：主体、场景和风格。</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>详情…</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Dismiss notification</source>
            <translation>关闭通知</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="134" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit this message and send it again</source>
            <translation>编辑此消息并重新发送</translation>
        </message>
        <message>
            <source>Edit your message</source>
            <translation>编辑你的消息</translation>
        </message>
        <message>
            <source>Edited message text</source>
            <translation>编辑后的消息内容</translation>
        </message>
        <message>
            <source>Enter (Shift+Enter adds a new line)</source>
            <translation>Enter（Shift+Enter 换行）</translation>
        </message>
        <message>
            <source>Enter to send · Shift+Enter for a new line</source>
            <translation>Enter 发送 · Shift+Enter 换行</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>错误详情</translation>
        </message>
        <message>
            <source>Every model can add sound and start from a picture. The model name sets the resolution; at 720p a video usually takes 2-5 minutes, at 1080p 3-8 minutes.</source>
            <translation>所有模型都能生成声音，也都能从图片开始生成。分辨率由模型名称决定；720p 视频通常需要 2-5 分钟，1080p 需要 3-8 分钟。</translation>
        </message>
        <message>
            <source>Every video is 8 seconds long. Start from up to 3 reference images or from a first and last frame, not both. With reference images it usually takes 2-4 minutes, with frames 3-5 minutes.</source>
            <translation>每个视频时长均为 8 秒。可以使用最多 3 张参考图，或者使用首帧和尾帧，两者不能同时使用。使用参考图通常需要 2-4 分钟，使用首尾帧需要 3-5 分钟。</translation>
        </message>
        <message>
            <source>Exact size in pixels; use either a size in pixels or a resolution.</source>
            <translation>精确的像素尺寸；与分辨率二选一。</translation>
        </message>
        <message>
            <source>Exactly one MP4 or MOV video, 3 to 60 seconds, up to 100 MB.</source>
            <translation>恰好一个 MP4 或 MOV 视频，时长 3 到 60 秒，不超过 100 MB。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="137" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Expired {duration} ago. The file on your disk is yours to keep.</source>
            <translation>已于 {duration}前过期。磁盘上的文件仍由你保留。</translation>
        </message>
        <message>
            <source>Expired: the server no longer keeps this result (results are kept for a limited time, about a day).</source>
            <translation>已过期：服务器已不再保留此结果（结果仅保留有限时间，约一天）。</translation>
        </message>
        <message>
            <source>Export as JSON…</source>
            <translation>导出为 JSON…</translation>
        </message>
        <message>
            <source>Export as Markdown…</source>
            <translation>导出为 Markdown…</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>导出对话</translation>
        </message>
        <message>
            <source>Extra CA certificates</source>
            <translation>额外的 CA 证书</translation>
        </message>
        <message>
            <source>Extra model catalog</source>
            <translation>额外的模型目录</translation>
        </message>
        <message>
            <source>Faces and avatars must be registered (Assets tab) and approved before use.</source>
            <translation>人脸和虚拟形象必须先登记（“素材”标签页）并通过审核才能使用。</translation>
        </message>
        <message>
            <source>Faces and avatars must be registered and approved before Seedance 2.0 or SD2 Manxue may use them. Give a public link; the server fetches the file.</source>
            <translation>人脸和虚拟形象必须先登记并通过审核，才能在 Seedance 2.0 或 SD2 Manxue 中使用。请提供公开链接，服务器会自行获取文件。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="135" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>失败：{reason}</translation>
        </message>
        <message>
            <source>Fast, high quality; reference video optional.</source>
            <translation>速度快，高画质；参考视频可选。</translation>
        </message>
        <message>
            <source>Fast, standard quality; needs at least one reference video.</source>
            <translation>速度快，标准画质；至少需要一个参考视频。</translation>
        </message>
        <message>
            <source>Faster, through a more reliable channel; up to 1 audio clip.</source>
            <translation>速度更快，通过更稳定的通道生成；最多 1 段音频。</translation>
        </message>
        <message>
            <source>Faster.</source>
            <translation>速度更快。</translation>
        </message>
        <message>
            <source>Faster; 4 to 15 seconds at 720p; no reference audio.</source>
            <translation>速度更快；4 到 15 秒，720p；不支持参考音频。</translation>
        </message>
        <message>
            <source>Fastest.</source>
            <translation>速度最快。</translation>
        </message>
        <message>
            <source>Field to put the asset in</source>
            <translation>素材要填入的字段</translation>
        </message>
        <message>
            <source>File missing</source>
            <translation>文件丢失</translation>
        </message>
        <message>
            <source>Fill the form with this image's prompt and settings</source>
            <translation>用此图片的提示词和设置填写表单</translation>
        </message>
        <message>
            <source>Fill the form with this video's prompt and settings</source>
            <translation>用此视频的提示词和设置填写表单</translation>
        </message>
        <message>
            <source>Filter by prompt…</source>
            <translation>按提示词筛选…</translation>
        </message>
        <message>
            <source>Filter images by prompt</source>
            <translation>按提示词筛选图片</translation>
        </message>
        <message>
            <source>Filter videos by prompt</source>
            <translation>按提示词筛选视频</translation>
        </message>
        <message>
            <source>First / last frame</source>
            <translation>首帧 / 尾帧</translation>
        </message>
        <message>
            <source>First and last frame must be given together.</source>
            <translation>首帧和尾帧必须同时提供。</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>首帧</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <source>Fit to the window</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <source>Fix the settings above, then press Generate.</source>
            <translation>请先修正上方的设置，再点击“生成”。</translation>
        </message>
        <message>
            <source>Fix the settings listed above; nothing was sent.</source>
            <translation>请修正上面列出的设置；请求未发送。</translation>
        </message>
        <message>
            <source>Follow the &amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>For a custom proxy, e.g. http://proxy.example.com:3128.</source>
            <translation>用于自定义代理，例如 http://proxy.example.com:3128。</translation>
        </message>
        <message>
            <source>Frames must be public web links to JPEG, PNG or WebP pictures.</source>
            <translation>首尾帧必须是指向 JPEG、PNG 或 WebP 图片的公开网络链接。</translation>
        </message>
        <message>
            <source>Full quality.</source>
            <translation>完整画质。</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>全屏</translation>
        </message>
        <message>
            <source>Full screen (F)</source>
            <translation>全屏 (F)</translation>
        </message>
        <message>
            <source>Gallery of generated images</source>
            <translation>生成图片的画廊</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>生成声音</translation>
        </message>
        <message>
            <source>Generate image</source>
            <translation>生成图片</translation>
        </message>
        <message>
            <source>Generate video</source>
            <translation>生成视频</translation>
        </message>
        <message>
            <source>Generated videos</source>
            <translation>已生成的视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="132" />
            <source>Generating</source>
            <translation>生成中</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Generation settings</source>
            <translation>生成设置</translation>
        </message>
        <message>
            <source>Generation tasks</source>
            <translation>生成任务</translation>
        </message>
        <message>
            <source>Give at least one picture (a first frame or a reference image) or a reference video. Reference audio can go with either.</source>
            <translation>请至少提供一张图片（首帧或参考图）或一个参考视频。参考音频可以与任一方式搭配使用。</translation>
        </message>
        <message>
            <source>GlobalAI Desktop</source>
            <translation>GlobalAI Desktop</translation>
        </message>
        <message>
            <source>GlobalAI Desktop could not start.</source>
            <translation>GlobalAI Desktop 无法启动。</translation>
        </message>
        <message>
            <source>GlobalAI Desktop logo</source>
            <translation>GlobalAI Desktop 徽标</translation>
        </message>
        <message>
            <source>GlobalAI needs your API key before it can answer. Open Settings and paste the key you received from the GlobalAI OPC team.</source>
            <translation>GlobalAI 需要你的 API 密钥才能应答。请打开设置，粘贴 GlobalAI OPC 团队提供给你的密钥。</translation>
        </message>
        <message>
            <source>Good quality; 4, 8 or 12 seconds at up to 1280x720.</source>
            <translation>画质良好；时长 4、8 或 12 秒，最高 1280x720。</translation>
        </message>
        <message>
            <source>Grok Video 3 (stable)</source>
            <translation>Grok Video 3（稳定版）</translation>
        </message>
        <message>
            <source>Happy Horse 1.0 (image to video)</source>
            <translation>Happy Horse 1.0（图生视频）</translation>
        </message>
        <message>
            <source>Happy Horse 1.0 (reference images)</source>
            <translation>Happy Horse 1.0（参考图）</translation>
        </message>
        <message>
            <source>Happy Horse 1.0 (text to video)</source>
            <translation>Happy Horse 1.0（文生视频）</translation>
        </message>
        <message>
            <source>Happy Horse 1.0 (video edit)</source>
            <translation>Happy Horse 1.0（视频编辑）</translation>
        </message>
        <message>
            <source>Happy Horse: image to video</source>
            <translation>Happy Horse：图生视频</translation>
        </message>
        <message>
            <source>Happy Horse: reference images to video</source>
            <translation>Happy Horse：参考图生视频</translation>
        </message>
        <message>
            <source>Happy Horse: text to video</source>
            <translation>Happy Horse：文生视频</translation>
        </message>
        <message>
            <source>Happy Horse: video edit</source>
            <translation>Happy Horse：视频编辑</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>隐藏详情</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>High quality; reference video optional.</source>
            <translation>高画质；参考视频可选。</translation>
        </message>
        <message>
            <source>High-quality version, hosted on AWS.</source>
            <translation>高质量版，部署在 AWS 上。</translation>
        </message>
        <message>
            <source>High-quality version, served from a premium account pool.</source>
            <translation>高质量版，由优质账号池提供。</translation>
        </message>
        <message>
            <source>Higher quality costs more.</source>
            <translation>质量越高，费用越高。</translation>
        </message>
        <message>
            <source>Higher quality; 4, 8 or 12 seconds at up to 1280x720.</source>
            <translation>画质更高；时长 4、8 或 12 秒，最高 1280x720。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <source>History and assets</source>
            <translation>历史记录和素材</translation>
        </message>
        <message>
            <source>How long a silent response may take before it counts as failed.</source>
            <translation>响应无数据多久后视为失败。</translation>
        </message>
        <message>
            <source>How long to wait for a host to answer the connection.</source>
            <translation>等待主机响应连接的时长。</translation>
        </message>
        <message>
            <source>How requests reach the internet.</source>
            <translation>请求如何访问互联网。</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>Image actions</source>
            <translation>图片操作</translation>
        </message>
        <message>
            <source>Image copied to the clipboard.</source>
            <translation>图片已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Image details</source>
            <translation>图片详情</translation>
        </message>
        <message>
            <source>Image facts</source>
            <translation>图片信息</translation>
        </message>
        <message>
            <source>Image model</source>
            <translation>图片模型</translation>
        </message>
        <message>
            <source>Image preview</source>
            <translation>图片预览</translation>
        </message>
        <message>
            <source>Image: {prompt}</source>
            <translation>图片：{prompt}</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.webp);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Images ({patterns});;All files (*)</source>
            <translation>图片 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <source>Images that guide the content and look of the result.</source>
            <translation>引导结果内容和风格的图片。</translation>
        </message>
        <message>
            <source>Import and export</source>
            <translation>导入和导出</translation>
        </message>
        <message>
            <source>Import conversation</source>
            <translation>导入对话</translation>
        </message>
        <message>
            <source>Import conversation (JSON)…</source>
            <translation>导入对话 (JSON)…</translation>
        </message>
        <message>
            <source>Imported “{title}”.</source>
            <translation>已导入“{title}”。</translation>
        </message>
        <message>
            <source>In the prompt, call the pictures [Image 1], [Image 2] and so on.</source>
            <translation>在提示词中用 [Image 1]、[Image 2] 等指代各张图片。</translation>
        </message>
        <message>
            <source>In the prompt, call your inputs @图片1 (picture 1), @视频1 (video 1) and @音频1 (audio 1).</source>
            <translation>在提示词中用 @图片1、@视频1 和 @音频1 指代你提供的图片、视频和音频。</translation>
        </message>
        <message>
            <source>Input mode</source>
            <translation>输入方式</translation>
        </message>
        <message>
            <source>Input video</source>
            <translation>输入视频</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Keep it for this session only</source>
            <translation>仅在本次会话中保留</translation>
        </message>
        <message>
            <source>Keep the key for this session only, or set the environment variable {var} before starting the app.</source>
            <translation>可以仅在本次会话中保留密钥，或在启动应用前设置环境变量 {var}。</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>密钥环</translation>
        </message>
        <message>
            <source>Keyring in use: {name}</source>
            <translation>正在使用的密钥环：{name}</translation>
        </message>
        <message>
            <source>Kind from file extension</source>
            <translation>按文件扩展名判断类型</translation>
        </message>
        <message>
            <source>Kind of media</source>
            <translation>媒体类型</translation>
        </message>
        <message>
            <source>Kind of the links</source>
            <translation>链接的类型</translation>
        </message>
        <message>
            <source>KyyVideo2 (older name)</source>
            <translation>KyyVideo2（旧名称）</translation>
        </message>
        <message>
            <source>KyyVideo2 Fast (older name)</source>
            <translation>KyyVideo2 Fast（旧名称）</translation>
        </message>
        <message>
            <source>KyyVideo2 Fast Pro (older name)</source>
            <translation>KyyVideo2 Fast Pro（旧名称）</translation>
        </message>
        <message>
            <source>KyyVideo2 Pro (older name)</source>
            <translation>KyyVideo2 Pro（旧名称）</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Language of the interface.</source>
            <translation>界面显示的语言。</translation>
        </message>
        <message>
            <source>Large reference media take longer. A prompt or media that breaks the content rules fails at once.</source>
            <translation>参考素材越大，耗时越长。违反内容规范的提示词或素材会立即失败。</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>尾帧</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <source>Leave the reference images empty to make a picture from text alone, or add up to 6 to edit or combine them.</source>
            <translation>不添加参考图时仅根据文字生成图片；也可以添加最多 6 张图片进行编辑或合成。</translation>
        </message>
        <message>
            <source>Length of the video in seconds.</source>
            <translation>视频长度，单位为秒。</translation>
        </message>
        <message>
            <source>Let the model choose (4-12 s)</source>
            <translation>由模型决定（4-12 秒）</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>素材库</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <source>Links to submit, one per line</source>
            <translation>要提交的链接，每行一个</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>日志文件夹</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>循环</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Low-cost version.</source>
            <translation>低价版。</translation>
        </message>
        <message>
            <source>Lower is more focused, higher more varied (0–2).</source>
            <translation>越低越集中，越高越多样（0–2）。</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4);;All files (*)</source>
            <translation>MP4 视频 (*.mp4);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Make new sound, or keep the sound of the source video.</source>
            <translation>生成新的声音，或保留源视频的声音。</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Max output tokens</source>
            <translation>最大输出 token</translation>
        </message>
        <message>
            <source>Maximum output tokens</source>
            <translation>最大输出 token 数</translation>
        </message>
        <message>
            <source>Media host</source>
            <translation>媒体主机</translation>
        </message>
        <message>
            <source>Media library</source>
            <translation>媒体库</translation>
        </message>
        <message>
            <source>Media library folder</source>
            <translation>媒体库文件夹</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Message composer</source>
            <translation>消息编辑区</translation>
        </message>
        <message>
            <source>Message copied.</source>
            <translation>消息已复制。</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>消息内容</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Model catalog</source>
            <translation>模型目录</translation>
        </message>
        <message>
            <source>Model default</source>
            <translation>模型默认值</translation>
        </message>
        <message>
            <source>Model for this conversation</source>
            <translation>此对话使用的模型</translation>
        </message>
        <message>
            <source>Model selected for new conversations.</source>
            <translation>新对话默认使用的模型。</translation>
        </message>
        <message>
            <source>Model selected when the Image tab opens.</source>
            <translation>打开“图片”标签页时选中的模型。</translation>
        </message>
        <message>
            <source>Model selected when the Video tab opens.</source>
            <translation>打开“视频”标签页时选中的模型。</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>更多操作</translation>
        </message>
        <message>
            <source>More actions for this task</source>
            <translation>此任务的更多操作</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>静音</translation>
        </message>
        <message>
            <source>Mute (M)</source>
            <translation>静音 (M)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Name of the asset (optional)</source>
            <translation>素材名称（可选）</translation>
        </message>
        <message>
            <source>Nano Banana 2 (stable)</source>
            <translation>Nano Banana 2（稳定版）</translation>
        </message>
        <message>
            <source>Nano Banana 2 through a more reliable channel; 1K images.</source>
            <translation>通过更稳定的通道使用 Nano Banana 2；生成 1K 图片。</translation>
        </message>
        <message>
            <source>Nano Banana Pro (stable)</source>
            <translation>Nano Banana Pro（稳定版）</translation>
        </message>
        <message>
            <source>Nano Banana Pro through a more reliable channel, up to 4K.</source>
            <translation>通过更稳定的通道使用 Nano Banana Pro，最高 4K。</translation>
        </message>
        <message>
            <source>Needed behind company proxies that inspect HTTPS traffic. Otherwise the certificate list shipped with the app is used.</source>
            <translation>在会检查 HTTPS 流量的公司代理后面需要启用。否则使用应用自带的证书列表。</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Network unavailable while saving; trying again in {s} s.</source>
            <translation>保存时网络不可用，{s} 秒后重试。</translation>
        </message>
        <message>
            <source>Network unavailable; checking again shortly.</source>
            <translation>网络不可用，稍后会再次检查。</translation>
        </message>
        <message>
            <source>Network unavailable; the task is kept and checked again in {s} s.</source>
            <translation>网络不可用，任务已保留，{s} 秒后再次检查。</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>新对话</translation>
        </message>
        <message>
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
        <message>
            <source>New link for {label}</source>
            <translation>{label}的新链接</translation>
        </message>
        <message>
            <source>New sound</source>
            <translation>生成新声音</translation>
        </message>
        <message>
            <source>New video</source>
            <translation>新建视频</translation>
        </message>
        <message>
            <source>No API key</source>
            <translation>没有 API 密钥</translation>
        </message>
        <message>
            <source>No API key is set</source>
            <translation>尚未设置 API 密钥</translation>
        </message>
        <message>
            <source>No application is set up to open MP4 videos.</source>
            <translation>没有设置用于打开 MP4 视频的应用程序。</translation>
        </message>
        <message>
            <source>No approved assets for this model yet. Register one in the Assets tab; it can be used once the review approves it.</source>
            <translation>此模型还没有通过审核的素材。请在“素材”标签页中登记，审核通过后即可使用。</translation>
        </message>
        <message>
            <source>No conversation matches “{q}”.</source>
            <translation>没有与“{q}”匹配的对话。</translation>
        </message>
        <message>
            <source>No conversations yet.</source>
            <translation>还没有对话。</translation>
        </message>
        <message>
            <source>No images match “{text}”</source>
            <translation>没有与“{text}”匹配的图片</translation>
        </message>
        <message>
            <source>No images yet</source>
            <translation>还没有图片</translation>
        </message>
        <message>
            <source>No key yet? The demo runs every tab against a built-in simulator, no account needed.</source>
            <translation>还没有密钥？演示模式下所有标签页都连接内置模拟器，无需账户。</translation>
        </message>
        <message>
            <source>No proxy (direct connection)</source>
            <translation>不使用代理（直接连接）</translation>
        </message>
        <message>
            <source>No sound output device is available</source>
            <translation>没有可用的音频输出设备</translation>
        </message>
        <message>
            <source>No token usage reported yet.</source>
            <translation>尚未报告 token 用量。</translation>
        </message>
        <message>
            <source>No usable system keyring: {reason}.</source>
            <translation>没有可用的系统密钥环：{reason}。</translation>
        </message>
        <message>
            <source>No usable system keyring: {reason}. The key will be kept for this session only; to avoid typing it each time, set the environment variable {var}.</source>
            <translation>没有可用的系统密钥环：{reason}。密钥仅在本次会话中保留；如不想每次都输入，请设置环境变量 {var}。</translation>
        </message>
        <message>
            <source>No videos yet. Describe a scene and press Generate; it appears here while it is made.</source>
            <translation>还没有视频。描述一个场景并点击“生成”，视频生成期间会显示在这里。</translation>
        </message>
        <message>
            <source>None: from text alone. One: bring it to life. Two: first and last frame.</source>
            <translation>不提供：仅根据文字生成。一张：让它动起来。两张：作为首帧和尾帧。</translation>
        </message>
        <message>
            <source>None: this image cannot be sent as a reference.</source>
            <translation>无：这张图片无法作为参考图发送。</translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>尚未连接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="138" />
            <source>Not tracked</source>
            <translation>未跟踪</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>Official version.</source>
            <translation>官方版。</translation>
        </message>
        <message>
            <source>Older model: with no picture it works from text, one picture is brought to life, two are the first and last frame.</source>
            <translation>旧版模型：不提供图片时根据文字生成，提供一张图片时让它动起来，提供两张时分别作为首帧和尾帧。</translation>
        </message>
        <message>
            <source>Older name of a current model; no reference videos.</source>
            <translation>现有模型的旧名称；不支持参考视频。</translation>
        </message>
        <message>
            <source>Older name of a current model; takes reference videos.</source>
            <translation>现有模型的旧名称；支持参考视频。</translation>
        </message>
        <message>
            <source>On</source>
            <translation>开</translation>
        </message>
        <message>
            <source>One key works for chat, images and videos. It is never written to settings or logs.</source>
            <translation>同一个密钥可用于聊天、图片和视频，且绝不会写入设置或日志。</translation>
        </message>
        <message>
            <source>One picture of exactly 1280x720 (16:9) or 720x1280 (9:16). Photos of real people are usually refused.</source>
            <translation>一张尺寸恰好为 1280x720（16:9）或 720x1280（9:16）的图片。真人照片通常会被拒绝。</translation>
        </message>
        <message>
            <source>One public link per line:
https://example.com/portrait.jpg
https://example.com/reference.mp4</source>
            <translation>每行一个公开链接：
https://example.com/portrait.jpg
https://example.com/reference.mp4</translation>
        </message>
        <message>
            <source>Only 10 seconds is supported.</source>
            <translation>仅支持 10 秒。</translation>
        </message>
        <message>
            <source>Only your own messages can be edited.</source>
            <translation>只能编辑自己发送的消息。</translation>
        </message>
        <message>
            <source>Open &amp;Log Folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>打开设置</translation>
        </message>
        <message>
            <source>Open in player</source>
            <translation>用播放器打开</translation>
        </message>
        <message>
            <source>Open the Video tab with this image as the first frame</source>
            <translation>打开“视频”标签页，以此图片作为首帧</translation>
        </message>
        <message>
            <source>Open the folder that holds this file</source>
            <translation>打开此文件所在的文件夹</translation>
        </message>
        <message>
            <source>Open this video in your system's video player</source>
            <translation>用系统视频播放器打开此视频</translation>
        </message>
        <message>
            <source>Optional instructions for the model, e.g. “Answer briefly, in English.”</source>
            <translation>给模型的可选指令，例如“请用中文简要回答。”</translation>
        </message>
        <message>
            <source>Original sound</source>
            <translation>保留原声</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>结果未知</translation>
        </message>
        <message>
            <source>Output resolution: 1k, 2k or 4k. 2k and 4k need a Pro model.</source>
            <translation>输出分辨率：1k、2k 或 4k。2k 和 4k 需要 Pro 模型。</translation>
        </message>
        <message>
            <source>Output resolution; higher resolutions take longer.</source>
            <translation>输出分辨率；分辨率越高，耗时越长。</translation>
        </message>
        <message>
            <source>Output resolution; use either a resolution or a size in pixels.</source>
            <translation>输出分辨率；与像素尺寸二选一。</translation>
        </message>
        <message>
            <source>Paste the key from the GlobalAI OPC team</source>
            <translation>粘贴 GlobalAI OPC 团队提供的密钥</translation>
        </message>
        <message>
            <source>Paste the public link of the image, video or audio first.</source>
            <translation>请先粘贴图片、视频或音频的公开链接。</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>暂停 (Space)</translation>
        </message>
        <message>
            <source>Paused: {reason} Polling resumes after you fix it.</source>
            <translation>已暂停：{reason} 问题解决后将继续查询。</translation>
        </message>
        <message>
            <source>Pictures or videos that show a face must be registered in the Assets tab and approved before you can use them.</source>
            <translation>含有人脸的图片或视频必须先在“素材”标签页中登记并通过审核，才能使用。</translation>
        </message>
        <message>
            <source>Pictures to bring to life or to follow.</source>
            <translation>要让其动起来或供参照的图片。</translation>
        </message>
        <message>
            <source>Pictures to edit or to follow.</source>
            <translation>要编辑或参照的图片。</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>播放 (Space)</translation>
        </message>
        <message>
            <source>Play in a loop</source>
            <translation>循环播放</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation>播放或暂停</translation>
        </message>
        <message>
            <source>Play this video</source>
            <translation>播放此视频</translation>
        </message>
        <message>
            <source>Playback controls</source>
            <translation>播放控件</translation>
        </message>
        <message>
            <source>Playback position</source>
            <translation>播放位置</translation>
        </message>
        <message>
            <source>Plus and minus zoom, 0 fits the image, 1 shows actual pixels, arrow keys pan, Escape goes back to the gallery.</source>
            <translation>加号和减号缩放，0 适应图片，1 显示实际像素，方向键平移，Escape 返回画廊。</translation>
        </message>
        <message>
            <source>Poster set to the frame at {0}.</source>
            <translation>已将 {0} 处的画面设为封面。</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Preview tools</source>
            <translation>预览工具</translation>
        </message>
        <message>
            <source>Priced by quality: higher quality costs more.</source>
            <translation>按质量计费：质量越高，费用越高。</translation>
        </message>
        <message>
            <source>Priced by resolution.</source>
            <translation>按分辨率计费。</translation>
        </message>
        <message>
            <source>Problems with these settings</source>
            <translation>这些设置存在问题</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <source>Prompt and settings restored.</source>
            <translation>已恢复提示词和设置。</translation>
        </message>
        <message>
            <source>Prompt copied to the clipboard.</source>
            <translation>提示词已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Prompt of the selected video</source>
            <translation>所选视频的提示词</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>代理</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>代理地址</translation>
        </message>
        <message>
            <source>Public link of the media to register</source>
            <translation>要登记的媒体的公开链接</translation>
        </message>
        <message>
            <source>Put an approved asset into the form</source>
            <translation>将已通过审核的素材填入表单</translation>
        </message>
        <message>
            <source>Put it in</source>
            <translation>填入</translation>
        </message>
        <message>
            <source>Put this approved asset into the video form</source>
            <translation>将此已通过审核的素材填入视频表单</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Queue summary</source>
            <translation>队列概况</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="131" />
            <source>Queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>Read timeout (s)</source>
            <translation>读取超时（秒）</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>已就绪</translation>
        </message>
        <message>
            <source>Reference assets</source>
            <translation>参考素材</translation>
        </message>
        <message>
            <source>Reference audio</source>
            <translation>参考音频</translation>
        </message>
        <message>
            <source>Reference image</source>
            <translation>参考图</translation>
        </message>
        <message>
            <source>Reference images</source>
            <translation>参考图</translation>
        </message>
        <message>
            <source>Reference images allow at most 4 items together with a reference video.</source>
            <translation>与参考视频同时使用时，参考图最多 4 张。</translation>
        </message>
        <message>
            <source>Reference videos</source>
            <translation>参考视频</translation>
        </message>
        <message>
            <source>References</source>
            <translation>参考素材</translation>
        </message>
        <message>
            <source>Refresh status</source>
            <translation>刷新状态</translation>
        </message>
        <message>
            <source>Refused: {0}</source>
            <translation>被拒绝：{0}</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Register the link in the Seedance 2.0 library</source>
            <translation>在 Seedance 2.0 素材库中登记此链接</translation>
        </message>
        <message>
            <source>Registered as {0}; it is under review and checked automatically.</source>
            <translation>已登记为 {0}，正在审核中，系统会自动检查。</translation>
        </message>
        <message>
            <source>Registered assets</source>
            <translation>已登记的素材</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>Rejected by the review: this media cannot be used.</source>
            <translation>审核未通过：此素材无法使用。</translation>
        </message>
        <message>
            <source>Remember the key (no system keyring available)</source>
            <translation>记住密钥（没有可用的系统密钥环）</translation>
        </message>
        <message>
            <source>Remember the key in the system keyring</source>
            <translation>在系统密钥环中记住密钥</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove from the queue</source>
            <translation>从队列中移除</translation>
        </message>
        <message>
            <source>Remove image {name}</source>
            <translation>移除图片 {name}</translation>
        </message>
        <message>
            <source>Remove selected links</source>
            <translation>移除所选链接</translation>
        </message>
        <message>
            <source>Remove this image</source>
            <translation>移除此图片</translation>
        </message>
        <message>
            <source>Rename conversation</source>
            <translation>重命名对话</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Request failed</source>
            <translation>请求失败</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>分辨率</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>恢复默认值</translation>
        </message>
        <message>
            <source>Resubmit</source>
            <translation>重新提交</translation>
        </message>
        <message>
            <source>Resubmit as a new task…</source>
            <translation>作为新任务重新提交…</translation>
        </message>
        <message>
            <source>Resubmit video</source>
            <translation>重新提交视频</translation>
        </message>
        <message>
            <source>Resubmit…</source>
            <translation>重新提交…</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Retry the failed requests</source>
            <translation>重试失败的请求</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>复用设置</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>SD2 Manxue</source>
            <translation>SD2 Manxue</translation>
        </message>
        <message>
            <source>SD2 Manxue batch</source>
            <translation>SD2 Manxue 批量提交</translation>
        </message>
        <message>
            <source>SD2 Manxue has no delete: those are only removed from this list.</source>
            <translation>SD2 Manxue 不支持删除：这些素材只会从此列表中移除。</translation>
        </message>
        <message>
            <source>Save a copy of the image elsewhere</source>
            <translation>将图片另存一份到其他位置</translation>
        </message>
        <message>
            <source>Save a copy of this video</source>
            <translation>保存此视频的副本</translation>
        </message>
        <message>
            <source>Save and Continue</source>
            <translation>保存并继续</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>Save image as</source>
            <translation>图片另存为</translation>
        </message>
        <message>
            <source>Save video as</source>
            <translation>视频另存为</translation>
        </message>
        <message>
            <source>Saved a copy as {name}.</source>
            <translation>已另存副本为 {name}。</translation>
        </message>
        <message>
            <source>Saved a copy to {0}</source>
            <translation>已保存副本到 {0}</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="133" />
            <source>Saving</source>
            <translation>保存中</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>搜索对话</translation>
        </message>
        <message>
            <source>Search titles and messages</source>
            <translation>搜索标题和消息</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Seedance 2.0</source>
            <translation>Seedance 2.0</translation>
        </message>
        <message>
            <source>Seedance 2.0 X1 (discount)</source>
            <translation>Seedance 2.0 X1（优惠）</translation>
        </message>
        <message>
            <source>Seedance 2.0 X1 (official)</source>
            <translation>Seedance 2.0 X1（官方）</translation>
        </message>
        <message>
            <source>Seedance 2.0 X1 Fast (discount)</source>
            <translation>Seedance 2.0 X1 Fast（优惠）</translation>
        </message>
        <message>
            <source>Seedance 2.0 X1 Fast (official)</source>
            <translation>Seedance 2.0 X1 Fast（官方）</translation>
        </message>
        <message>
            <source>Seedance 2.0 assets are deleted on the server for good; tasks still using them may fail. Videos already made are not affected.</source>
            <translation>Seedance 2.0 素材会在服务器上永久删除，仍在使用它们的任务可能会失败。已生成的视频不受影响。</translation>
        </message>
        <message>
            <source>Seedance 2.0 library</source>
            <translation>Seedance 2.0 素材库</translation>
        </message>
        <message>
            <source>Seedance X1 needs at least one image (first frame or reference image) or reference video.</source>
            <translation>Seedance X1 至少需要一张图片（首帧或参考图）或一个参考视频。</translation>
        </message>
        <message>
            <source>Seek</source>
            <translation>跳转</translation>
        </message>
        <message>
            <source>Seek (Left/Right: 5 seconds; , and . step one frame)</source>
            <translation>跳转（←/→：5 秒；, 和 .：逐帧）</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>Select a finished video in the queue or the history to play it here.</source>
            <translation>在队列或历史记录中选择一个已完成的视频，即可在此播放。</translation>
        </message>
        <message>
            <source>Select a video to see its prompt and settings.</source>
            <translation>选择一个视频以查看其提示词和设置。</translation>
        </message>
        <message>
            <source>Select an image to preview it.
Double-click or press Enter to zoom with the keyboard.</source>
            <translation>选择一张图片进行预览。
双击或按 Enter 后可用键盘缩放。</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Send a chat message with</source>
            <translation>发送聊天消息的按键</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>重新发送</translation>
        </message>
        <message>
            <source>Send message</source>
            <translation>发送消息</translation>
        </message>
        <message>
            <source>Send the edited message</source>
            <translation>发送编辑后的消息</translation>
        </message>
        <message>
            <source>Send the prompt (Ctrl+Enter)</source>
            <translation>发送提示词 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send the same request again as a new task</source>
            <translation>将相同的请求作为新任务再次发送</translation>
        </message>
        <message>
            <source>Send the same request again as a new task?

It is generated and billed again.</source>
            <translation>将相同的请求作为新任务再次发送？

它会重新生成并再次计费。</translation>
        </message>
        <message>
            <source>Send this again</source>
            <translation>重新发送此消息</translation>
        </message>
        <message>
            <source>Send this request (Ctrl+Enter)</source>
            <translation>发送此请求 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="129" />
            <source>Sending</source>
            <translation>发送中</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <source>Sent. Follow it in the queue; you can keep working.</source>
            <translation>已发送。可在队列中查看进度，你可以继续其他工作。</translation>
        </message>
        <message>
            <source>Sent. The image appears in the gallery when it is ready.</source>
            <translation>已发送。图片生成后会显示在画廊中。</translation>
        </message>
        <message>
            <source>Served through a mixed account pool (proxy).</source>
            <translation>通过混合账号池（代理）提供。</translation>
        </message>
        <message>
            <source>Served through an account pool (proxy).</source>
            <translation>通过账号池（代理）提供。</translation>
        </message>
        <message>
            <source>Server link</source>
            <translation>服务器链接</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>指定</translation>
        </message>
        <message>
            <source>Set a limit on reply length</source>
            <translation>限制回复长度</translation>
        </message>
        <message>
            <source>Set a temperature</source>
            <translation>指定温度</translation>
        </message>
        <message>
            <source>Set by the environment variable {var} for this session.</source>
            <translation>本次会话由环境变量 {var} 设置。</translation>
        </message>
        <message>
            <source>Set by your administrator; it cannot be changed here.</source>
            <translation>由管理员设置，无法在此更改。</translation>
        </message>
        <message>
            <source>Set on the command line for this session.</source>
            <translation>本次会话由命令行参数设置。</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>设置页面</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Shape of the image, width to height; Model default lets the model decide.</source>
            <translation>图片的宽高比；选择“模型默认值”则由模型决定。</translation>
        </message>
        <message>
            <source>Shape of the image, width to height; needed when you choose a resolution.</source>
            <translation>图片的宽高比；选择分辨率时必须填写。</translation>
        </message>
        <message>
            <source>Shape of the picture, width to height: 16:9 is landscape, 9:16 portrait.</source>
            <translation>画面的宽高比：16:9 为横屏，9:16 为竖屏。</translation>
        </message>
        <message>
            <source>Shape of the video; Adaptive follows the first frame.</source>
            <translation>视频的宽高比；选择“自适应”时与首帧一致。</translation>
        </message>
        <message>
            <source>Shape of the video; a reference video sets its own shape.</source>
            <translation>视频的宽高比；使用参考视频时由该视频决定。</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>显示详情</translation>
        </message>
        <message>
            <source>Show earlier messages</source>
            <translation>显示更早的消息</translation>
        </message>
        <message>
            <source>Show finished</source>
            <translation>显示已完成</translation>
        </message>
        <message>
            <source>Show finished tasks in the queue</source>
            <translation>在队列中显示已完成的任务</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>Show or hide technical details</source>
            <translation>显示或隐藏技术详情</translation>
        </message>
        <message>
            <source>Show or hide the API key</source>
            <translation>显示或隐藏 API 密钥</translation>
        </message>
        <message>
            <source>Show or hide this conversation's settings</source>
            <translation>显示或隐藏此对话的设置</translation>
        </message>
        <message>
            <source>Show this video in its folder</source>
            <translation>在文件夹中显示此视频</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Size (pixels)</source>
            <translation>尺寸（像素）</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>发生了意外错误。</translation>
        </message>
        <message>
            <source>Something went wrong while trying to {action}.</source>
            <translation>{action}时出错。</translation>
        </message>
        <message>
            <source>Something went wrong while writing the reply ({kind}).</source>
            <translation>生成回复时出错（{kind}）。</translation>
        </message>
        <message>
            <source>Source video</source>
            <translation>源视频</translation>
        </message>
        <message>
            <source>Standard speed and quality; needs at least one reference video.</source>
            <translation>标准速度和画质；至少需要一个参考视频。</translation>
        </message>
        <message>
            <source>Standard version.</source>
            <translation>标准版。</translation>
        </message>
        <message>
            <source>Standard; 4 to 15 seconds at 720p; up to 3 audio clips.</source>
            <translation>标准版；4 到 15 秒，720p；最多 3 段音频。</translation>
        </message>
        <message>
            <source>StarVideos V3 (older)</source>
            <translation>StarVideos V3（旧版）</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>开始新对话 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Status not known yet.</source>
            <translation>状态暂未知。</translation>
        </message>
        <message>
            <source>Still reading the images… send again in a moment.</source>
            <translation>仍在读取图片…请稍后再发送。</translation>
        </message>
        <message>
            <source>Still under review. Press Refresh to check again.</source>
            <translation>仍在审核中。可点击“刷新”再次检查。</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop checking on this task</source>
            <translation>停止检查此任务</translation>
        </message>
        <message>
            <source>Stop the reply</source>
            <translation>停止回复</translation>
        </message>
        <message>
            <source>Stop the reply (Esc)</source>
            <translation>停止回复 (Esc)</translation>
        </message>
        <message>
            <source>Stop tracking</source>
            <translation>停止跟踪</translation>
        </message>
        <message>
            <source>Storage:</source>
            <translation>存储：</translation>
        </message>
        <message>
            <source>Stored by: {name}. The key is never written to settings or logs.</source>
            <translation>存储位置：{name}。密钥绝不会写入设置或日志。</translation>
        </message>
        <message>
            <source>Submission status</source>
            <translation>提交状态</translation>
        </message>
        <message>
            <source>Submit batch</source>
            <translation>批量提交</translation>
        </message>
        <message>
            <source>Submit the links to SD2 Manxue for review</source>
            <translation>将这些链接提交给 SD2 Manxue 审核</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Submitted for review…</source>
            <translation>已提交审核…</translation>
        </message>
        <message>
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>系统提示词</translation>
        </message>
        <message>
            <source>Takes effect the next time the app starts.</source>
            <translation>下次启动应用时生效。</translation>
        </message>
        <message>
            <source>Takes pictures only over the OpenAI protocol.</source>
            <translation>仅在使用 OpenAI 协议时可以接收图片。</translation>
        </message>
        <message>
            <source>Takes reference videos.</source>
            <translation>支持参考视频。</translation>
        </message>
        <message>
            <source>Takes video only over the Gemini protocol.</source>
            <translation>仅在使用 Gemini 协议时可以接收视频。</translation>
        </message>
        <message>
            <source>Task progress</source>
            <translation>任务进度</translation>
        </message>
        <message>
            <source>Task: {state}, {prompt}</source>
            <translation>任务：{state}，{prompt}</translation>
        </message>
        <message>
            <source>Technical details</source>
            <translation>技术详情</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>Testing both hosts…</source>
            <translation>正在测试两个主机…</translation>
        </message>
        <message>
            <source>Text host</source>
            <translation>文本主机</translation>
        </message>
        <message>
            <source>Text only</source>
            <translation>仅文本</translation>
        </message>
        <message>
            <source>That did not work: {reason}</source>
            <translation>操作失败：{reason}</translation>
        </message>
        <message numerus="yes">
            <source>The API key was changed. %n requests failed earlier because of the key.</source>
            <translation>
                <numerusform>API 密钥已更换。之前有 %n 个请求因密钥问题而失败。</numerusform>
            </translation>
        </message>
        <message>
            <source>The API key was changed. A request failed earlier because of the key.</source>
            <translation>API 密钥已更换。之前有一个请求因密钥问题而失败。</translation>
        </message>
        <message>
            <source>The GlobalAI server did not accept the API key: it is missing, mistyped, or no longer valid. Open Settings to paste a valid key.</source>
            <translation>GlobalAI 服务器不接受此 API 密钥：密钥缺失、输入有误或已失效。请打开设置并粘贴有效的密钥。</translation>
        </message>
        <message>
            <source>The Video tab could not take this image.</source>
            <translation>“视频”标签页无法使用此图片。</translation>
        </message>
        <message>
            <source>The Video tab is not available.</source>
            <translation>“视频”标签页不可用。</translation>
        </message>
        <message>
            <source>The app closed while this request was being sent. The task may exist on the server and may be billed; it was not sent again.</source>
            <translation>发送此请求时应用已关闭。该任务可能已在服务器上创建并可能产生费用，因此没有重新发送。</translation>
        </message>
        <message>
            <source>The app is still running. If this keeps happening, copy the details into a bug report.</source>
            <translation>应用仍在运行。如果问题反复出现，请将详细信息复制到错误报告中。</translation>
        </message>
        <message>
            <source>The best pictures, up to 4K.</source>
            <translation>画质最佳，最高 4K。</translation>
        </message>
        <message>
            <source>The clipboard holds no picture.</source>
            <translation>剪贴板中没有图片。</translation>
        </message>
        <message>
            <source>The connection was interrupted before the reply was complete. What arrived is kept.</source>
            <translation>回复尚未完成时连接中断，已收到的内容已保留。</translation>
        </message>
        <message>
            <source>The failed request can be sent again once this is fixed. Nothing you typed was lost.</source>
            <translation>问题解决后可重新发送失败的请求。你输入的内容都没有丢失。</translation>
        </message>
        <message>
            <source>The fastest model; 1K images.</source>
            <translation>速度最快的模型；生成 1K 图片。</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>无法写入文件：{reason}</translation>
        </message>
        <message>
            <source>The file is no longer there: {0}</source>
            <translation>文件已不存在：{0}</translation>
        </message>
        <message>
            <source>The first request may exist on the server and may be billed; check your account first.</source>
            <translation>第一次的请求可能已在服务器上创建并可能产生费用，请先检查你的账户。</translation>
        </message>
        <message>
            <source>The image file is missing or cannot be read.</source>
            <translation>图片文件丢失或无法读取。</translation>
        </message>
        <message>
            <source>The image is set as “{0}” for {1}.</source>
            <translation>图片已设为 {1} 的“{0}”。</translation>
        </message>
        <message>
            <source>The key works, but your GlobalAI OPC account is not provisioned for:</source>
            <translation>密钥有效，但你的 GlobalAI OPC 账户未开通：</translation>
        </message>
        <message>
            <source>The keyring cannot be used: {refusal}.</source>
            <translation>无法使用密钥环：{refusal}。</translation>
        </message>
        <message>
            <source>The model catalog file {file} could not be used ({reason}). The built-in catalog is in use.</source>
            <translation>无法使用模型目录文件 {file}（{reason}），已改用内置目录。</translation>
        </message>
        <message>
            <source>The model name sets the resolution; 2K and 4K take longer. Pictures or videos that show a face must be registered in the Assets tab and approved first. Reference videos need one of the Video models. A prompt or media that breaks the content rules fails at once.</source>
            <translation>分辨率由模型名称决定；2K 和 4K 耗时更长。含有人脸的图片或视频必须先在“素材”标签页中登记并通过审核。使用参考视频需要选择 Video 系列模型。违反内容规范的提示词或素材会立即失败。</translation>
        </message>
        <message>
            <source>The model {0} is no longer offered; choose another one.</source>
            <translation>模型 {0} 已不再提供，请选择其他模型。</translation>
        </message>
        <message>
            <source>The model {model} is no longer offered; only the prompt was restored.</source>
            <translation>模型 {model} 已不再提供，仅恢复了提示词。</translation>
        </message>
        <message>
            <source>The picture the video ends on; give a first frame too.</source>
            <translation>视频结束时的画面；需要同时提供首帧。</translation>
        </message>
        <message>
            <source>The picture the video ends on; needs a first frame.</source>
            <translation>视频结束时的画面；需要同时提供首帧。</translation>
        </message>
        <message>
            <source>The picture the video ends on; works alone or with a first frame.</source>
            <translation>视频结束时的画面；可以单独使用，也可以与首帧一起使用。</translation>
        </message>
        <message>
            <source>The picture the video starts from: a public web link (https://…).</source>
            <translation>视频开始时的画面：公开的网络链接（https://…）。</translation>
        </message>
        <message>
            <source>The picture the video starts from: a public web link or a registered asset.</source>
            <translation>视频开始时的画面：公开的网络链接或已登记的素材。</translation>
        </message>
        <message>
            <source>The picture the video starts from: a public web link to a JPEG, PNG or WebP picture.</source>
            <translation>视频开始时的画面：指向 JPEG、PNG 或 WebP 图片的公开网络链接。</translation>
        </message>
        <message>
            <source>The picture the video starts from; give a last frame too.</source>
            <translation>视频开始时的画面；需要同时提供尾帧。</translation>
        </message>
        <message>
            <source>The picture the video starts from; works alone or with a last frame.</source>
            <translation>视频开始时的画面；可以单独使用，也可以与尾帧一起使用。</translation>
        </message>
        <message>
            <source>The picture you start from sets the shape of the video.</source>
            <translation>视频的宽高比由起始图片决定。</translation>
        </message>
        <message>
            <source>The request must be a JSON object.</source>
            <translation>请求必须是 JSON 对象。</translation>
        </message>
        <message>
            <source>The request to {action} was sent, but no answer came back. The task may exist and may be billed, so it was not sent again.</source>
            <translation>已发出“{action}”的请求，但没有收到应答。该任务可能已创建并可能产生费用，因此没有重新发送。</translation>
        </message>
        <message>
            <source>The request was sent but no answer came back. The task may exist on the server and may be billed, so it was not sent again. Check your account before you resubmit.</source>
            <translation>请求已发出，但没有收到应答。该任务可能已在服务器上创建并可能产生费用，因此没有重新发送。重新提交前请先检查你的账户。</translation>
        </message>
        <message>
            <source>The result could not be downloaded: {reason}</source>
            <translation>无法下载结果：{reason}</translation>
        </message>
        <message>
            <source>The result could not be saved: {reason}</source>
            <translation>无法保存结果：{reason}</translation>
        </message>
        <message>
            <source>The same seed with the same settings gives a similar result again.</source>
            <translation>使用相同的种子和相同的设置，可以再次得到相似的结果。</translation>
        </message>
        <message>
            <source>The server asked to slow down; checking again in {s} s.</source>
            <translation>服务器要求降低请求频率，{s} 秒后再次检查。</translation>
        </message>
        <message>
            <source>The server cancelled this task.</source>
            <translation>服务器已取消此任务。</translation>
        </message>
        <message>
            <source>The server had a problem ({0}); checking again shortly.</source>
            <translation>服务器出现问题（{0}），稍后会再次检查。</translation>
        </message>
        <message>
            <source>The server had a problem ({reason}); checking again in {s} s.</source>
            <translation>服务器出现问题（{reason}），{s} 秒后再次检查。</translation>
        </message>
        <message>
            <source>The server is busy and asked us to slow down, so we could not {action}.</source>
            <translation>服务器繁忙，要求降低请求频率，因此未能{action}。</translation>
        </message>
        <message>
            <source>The server link of this image has expired; it can no longer be sent as a reference.</source>
            <translation>此图片的服务器链接已过期，无法再作为参考图发送。</translation>
        </message>
        <message>
            <source>The server no longer knows this asset.</source>
            <translation>服务器上已不存在此素材。</translation>
        </message>
        <message>
            <source>The server refused the request: {reason}</source>
            <translation>服务器拒绝了请求：{reason}</translation>
        </message>
        <message>
            <source>The server reported a failure without a reason.</source>
            <translation>服务器报告失败，但未说明原因。</translation>
        </message>
        <message>
            <source>The server said the task completed but sent no link to the result.</source>
            <translation>服务器报告任务已完成，但没有返回结果链接。</translation>
        </message>
        <message>
            <source>The server took too long to answer</source>
            <translation>服务器响应超时</translation>
        </message>
        <message>
            <source>The status could not be looked up this time; it is checked again.</source>
            <translation>本次未能查询到状态，稍后会再次检查。</translation>
        </message>
        <message>
            <source>The system keyring is not used in demo mode.</source>
            <translation>演示模式下不使用系统密钥环。</translation>
        </message>
        <message>
            <source>The test could not run: {e}</source>
            <translation>无法进行测试：{e}</translation>
        </message>
        <message>
            <source>The video was not sent. Your prompt and settings are kept.</source>
            <translation>视频请求未发送。你的提示词和设置已保留。</translation>
        </message>
        <message>
            <source>The {title} tab could not be loaded: {error}
The details are in the log file (Help ▸ Open Log Folder).</source>
            <translation>无法加载“{title}”标签页：{error}
详细信息见日志文件（帮助 ▸ 打开日志文件夹）。</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>There is no message to answer yet.</source>
            <translation>还没有可回复的消息。</translation>
        </message>
        <message>
            <source>This address uses plain http: your API key and your messages travel unencrypted. Use an https address if your gateway offers one.</source>
            <translation>此地址使用未加密的 http：你的 API 密钥和消息将以明文传输。如果网关支持，请使用 https 地址。</translation>
        </message>
        <message>
            <source>This asset is not approved yet, so it cannot be used.</source>
            <translation>此素材尚未通过审核，暂时无法使用。</translation>
        </message>
        <message>
            <source>This conversation no longer exists.</source>
            <translation>此对话已不存在。</translation>
        </message>
        <message>
            <source>This conversation used {total} tokens
({inp} in · {out} out).</source>
            <translation>此对话共使用 {total} 个 token
（输入 {inp} · 输出 {out}）。</translation>
        </message>
        <message>
            <source>This image file is missing or cannot be read.</source>
            <translation>此图片文件丢失或无法读取。</translation>
        </message>
        <message>
            <source>This image has no server link, so it cannot be sent.</source>
            <translation>这张图片没有服务器链接，因此无法发送。</translation>
        </message>
        <message>
            <source>This image's server link has expired, so it cannot be sent to the Video tab.</source>
            <translation>此图片的服务器链接已过期，无法发送到“视频”标签页。</translation>
        </message>
        <message>
            <source>This image's server link has expired, so it cannot be used as a reference.</source>
            <translation>此图片的服务器链接已过期，无法用作参考图。</translation>
        </message>
        <message>
            <source>This key comes from the environment variable {var}. It overrides any saved key; unset the variable to use a key saved here.</source>
            <translation>此密钥来自环境变量 {var}，会覆盖已保存的密钥；若要使用此处保存的密钥，请取消设置该变量。</translation>
        </message>
        <message>
            <source>This model does not take registered assets; choose a Seedance or SD2 Manxue model.</source>
            <translation>此模型不支持已登记的素材，请选择 Seedance 或 SD2 Manxue 模型。</translation>
        </message>
        <message>
            <source>This model's reference list is full or it takes no reference images.</source>
            <translation>此模型的参考图已满，或不支持参考图。</translation>
        </message>
        <message>
            <source>This video could not be played: {0}</source>
            <translation>无法播放此视频：{0}</translation>
        </message>
        <message>
            <source>Through a more reliable channel; up to 1 audio clip.</source>
            <translation>通过更稳定的通道生成；最多 1 段音频。</translation>
        </message>
        <message>
            <source>Title of the video in the player</source>
            <translation>播放器中视频的标题</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Today, {time}</source>
            <translation>今天 {time}</translation>
        </message>
        <message>
            <source>Token usage of this conversation</source>
            <translation>此对话的 token 用量</translation>
        </message>
        <message>
            <source>Tracking stopped after an unexpected error ({reason}). Use Resume to check it again.</source>
            <translation>发生意外错误（{reason}），已停止跟踪。可点击“继续”重新检查。</translation>
        </message>
        <message>
            <source>Trust the certificates installed in the operating system</source>
            <translation>信任操作系统中安装的证书</translation>
        </message>
        <message>
            <source>Try other words, or clear the filter to see every image.</source>
            <translation>换个关键词试试，或清除筛选以查看所有图片。</translation>
        </message>
        <message>
            <source>Try the Demo</source>
            <translation>试用演示</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Type a message first.</source>
            <translation>请先输入消息。</translation>
        </message>
        <message>
            <source>Typical wait: {0}.</source>
            <translation>通常需要等待：{0}。</translation>
        </message>
        <message>
            <source>Typical wait: {wait}.</source>
            <translation>通常需要等待：{wait}。</translation>
        </message>
        <message>
            <source>Unchecked: the model's default temperature.</source>
            <translation>不勾选：使用模型的默认温度。</translation>
        </message>
        <message>
            <source>Unchecked: the server's default limit.</source>
            <translation>不勾选：使用服务器的默认限制。</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>Under review…</source>
            <translation>审核中…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>撤销删除</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Unknown model '{model}' for {family}; choose one of: {known}.</source>
            <translation>{family} 没有模型“{model}”；请从以下模型中选择：{known}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="130" />
            <source>Unknown outcome</source>
            <translation>结果未知</translation>
        </message>
        <message>
            <source>Up to 1500 characters. No prohibited, infringing, political or explicit content.</source>
            <translation>最多 1500 个字符。不得包含违禁、侵权、政治或色情内容。</translation>
        </message>
        <message>
            <source>Up to 1500 characters; call your inputs @图片1, @视频1, @音频1.</source>
            <translation>最多 1500 个字符；用 @图片1、@视频1、@音频1 指代你提供的内容。</translation>
        </message>
        <message>
            <source>Up to 1K; up to 16 reference images.</source>
            <translation>最高 1K；最多 16 张参考图。</translation>
        </message>
        <message>
            <source>Up to 2500 Chinese characters or 5000 other characters.</source>
            <translation>中文最多 2500 字，其他文字最多 5000 个字符。</translation>
        </message>
        <message>
            <source>Up to 3 clips, 15 seconds and 500 MB in total.</source>
            <translation>最多 3 段音频，总时长 15 秒，总大小 500 MB。</translation>
        </message>
        <message>
            <source>Up to 3 pictures that guide the video; cannot be combined with first and last frames.</source>
            <translation>最多 3 张引导视频的图片；不能与首帧和尾帧同时使用。</translation>
        </message>
        <message>
            <source>Up to 3 videos, 15 seconds and 500 MB in total.</source>
            <translation>最多 3 个视频，总时长 15 秒，总大小 500 MB。</translation>
        </message>
        <message>
            <source>Up to 3 videos, 15 seconds in total.</source>
            <translation>最多 3 个视频，总时长 15 秒。</translation>
        </message>
        <message>
            <source>Up to 3 videos, 15 seconds in total; registered videos must be 480p or 720p.</source>
            <translation>最多 3 个视频，总时长 15 秒；已登记的视频必须为 480p 或 720p。</translation>
        </message>
        <message>
            <source>Up to 4K; up to 6 reference images.</source>
            <translation>最高 4K；最多 6 张参考图。</translation>
        </message>
        <message>
            <source>Up to 6 pictures to edit or combine; leave empty to work from text alone.</source>
            <translation>最多 6 张要编辑或合成的图片；留空则仅根据文字生成。</translation>
        </message>
        <message>
            <source>Up to 7 images, or up to 4 together with a reference video.</source>
            <translation>最多 7 张图片；与参考视频同时使用时最多 4 张。</translation>
        </message>
        <message>
            <source>Up to 9 pictures, 20 MB each.</source>
            <translation>最多 9 张图片，每张不超过 20 MB。</translation>
        </message>
        <message>
            <source>Usable as a reference for about {duration}.</source>
            <translation>大约 {duration}内可用作参考图。</translation>
        </message>
        <message>
            <source>Usable as a reference.</source>
            <translation>可用作参考图。</translation>
        </message>
        <message>
            <source>Use a registered asset</source>
            <translation>使用已登记的素材</translation>
        </message>
        <message>
            <source>Use a registered asset…</source>
            <translation>使用已登记的素材…</translation>
        </message>
        <message>
            <source>Use as reference</source>
            <translation>用作参考图</translation>
        </message>
        <message>
            <source>Use either first/last frames or reference images, not both.</source>
            <translation>首尾帧和参考图只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <source>Use either first/last frames or reference images/videos, not both.</source>
            <translation>首尾帧和参考图/参考视频只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <source>Use either first/last frames or reference media, not both.</source>
            <translation>首尾帧和参考素材只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <source>Use in form</source>
            <translation>填入表单</translation>
        </message>
        <message>
            <source>Use only one of: first/last frames, reference images, or an input video.</source>
            <translation>首尾帧、参考图和输入视频只能使用其中一种。</translation>
        </message>
        <message>
            <source>Use the current frame as the poster in the lists</source>
            <translation>将当前帧设为列表中的封面</translation>
        </message>
        <message>
            <source>Use the system proxy settings</source>
            <translation>使用系统代理设置</translation>
        </message>
        <message>
            <source>Use this frame as the poster</source>
            <translation>将此帧设为封面</translation>
        </message>
        <message>
            <source>VEO 3.1 Fast (stable)</source>
            <translation>VEO 3.1 Fast（稳定版）</translation>
        </message>
        <message>
            <source>VEO 3.1 Pro (stable)</source>
            <translation>VEO 3.1 Pro（稳定版）</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Version {v}</source>
            <translation>版本 {v}</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>Video (480p or 720p)</source>
            <translation>视频（480p 或 720p）</translation>
        </message>
        <message>
            <source>Video cancelled</source>
            <translation>视频已取消</translation>
        </message>
        <message>
            <source>Video expired</source>
            <translation>视频已过期</translation>
        </message>
        <message>
            <source>Video failed</source>
            <translation>视频生成失败</translation>
        </message>
        <message>
            <source>Video history</source>
            <translation>视频历史记录</translation>
        </message>
        <message>
            <source>Video length</source>
            <translation>视频时长</translation>
        </message>
        <message>
            <source>Video model</source>
            <translation>视频模型</translation>
        </message>
        <message>
            <source>Video picture</source>
            <translation>视频画面</translation>
        </message>
        <message>
            <source>Video picture and controls</source>
            <translation>视频画面和控件</translation>
        </message>
        <message>
            <source>Video playback is turned off on this computer ({0} is set). Videos are still saved; open them in your system player.</source>
            <translation>此计算机已关闭视频播放（已设置 {0}）。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <source>Video playback is unavailable: no multimedia backend could be loaded on this computer. Videos are still saved; open them in your system player.</source>
            <translation>视频播放不可用：此计算机上无法加载任何多媒体后端。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <source>Video playback is unavailable: the Qt Multimedia module could not be loaded ({0}). Videos are still saved; open them in your system player.</source>
            <translation>视频播放不可用：无法加载 Qt Multimedia 模块（{0}）。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <source>Video playback is unavailable: the multimedia backend failed to start ({0}). Videos are still saved; open them in your system player.</source>
            <translation>视频播放不可用：多媒体后端启动失败（{0}）。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <source>Video playback is unavailable: this computer's multimedia backend cannot decode MP4 video. Videos are still saved; open them in your system player.</source>
            <translation>视频播放不可用：此计算机的多媒体后端无法解码 MP4 视频。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <source>Video player</source>
            <translation>视频播放器</translation>
        </message>
        <message>
            <source>Video queue</source>
            <translation>视频队列</translation>
        </message>
        <message>
            <source>Video ready</source>
            <translation>视频已就绪</translation>
        </message>
        <message>
            <source>Video tab message</source>
            <translation>视频标签页消息</translation>
        </message>
        <message>
            <source>Video tasks</source>
            <translation>视频任务</translation>
        </message>
        <message>
            <source>Videos (stable)</source>
            <translation>Videos（稳定版）</translation>
        </message>
        <message>
            <source>Videos Fast (stable)</source>
            <translation>Videos Fast（稳定版）</translation>
        </message>
        <message>
            <source>Videos are 4, 8 or 12 seconds long. A reference image must be exactly the size of the video (1280x720 for 16:9, 720x1280 for 9:16); photos of real people are usually refused.</source>
            <translation>视频时长为 4、8 或 12 秒。参考图的尺寸必须与视频完全一致（16:9 为 1280x720，9:16 为 720x1280）；真人照片通常会被拒绝。</translation>
        </message>
        <message>
            <source>Videos that guide motion and content.</source>
            <translation>引导动作和内容的视频。</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>音量</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="127" />
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <source>Welcome to GlobalAI Desktop</source>
            <translation>欢迎使用 GlobalAI Desktop</translation>
        </message>
        <message>
            <source>Where generated images and videos are saved. Leave empty for the default folder.</source>
            <translation>生成的图片和视频的保存位置。留空则使用默认文件夹。</translation>
        </message>
        <message>
            <source>Which API format carries this conversation. The model decides the default; override it here.</source>
            <translation>此对话使用的 API 格式。默认由模型决定，可在此更改。</translation>
        </message>
        <message>
            <source>With a reference video, the length and shape of the result follow that video.</source>
            <translation>使用参考视频时，结果的时长和宽高比与该视频一致。</translation>
        </message>
        <message>
            <source>Workspaces</source>
            <translation>工作区</translation>
        </message>
        <message>
            <source>Write this reply again</source>
            <translation>重新生成此回复</translation>
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation>昨天 {time}</translation>
        </message>
        <message>
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <source>You stopped tracking this task.</source>
            <translation>你已停止跟踪此任务。</translation>
        </message>
        <message>
            <source>Your API key is not enabled for this</source>
            <translation>你的 API 密钥未开通此项服务</translation>
        </message>
        <message>
            <source>Your API key was rejected</source>
            <translation>API 密钥被拒绝</translation>
        </message>
        <message>
            <source>Your GlobalAI balance is too low to {action}. Top up your account, then retry.</source>
            <translation>GlobalAI 余额不足，无法{action}。请充值后重试。</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>你的消息</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>缩放比例</translation>
        </message>
        <message>
            <source>Zoom level: click for presets</source>
            <translation>缩放比例：点击选择预设</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="57" />
            <source>about a day</source>
            <translation>约一天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="59" />
            <source>about {0} days</source>
            <translation>约 {0} 天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="60" />
            <source>about {0} hours</source>
            <translation>约 {0} 小时</translation>
        </message>
        <message>
            <source>asset://{0} is in the form.</source>
            <translation>asset://{0} 已填入表单。</translation>
        </message>
        <message>
            <source>check on the generation task</source>
            <translation>查询生成任务</translation>
        </message>
        <message>
            <source>check on the task</source>
            <translation>查询任务</translation>
        </message>
        <message>
            <source>check the review status of an asset</source>
            <translation>查询素材的审核状态</translation>
        </message>
        <message>
            <source>complete the chat action</source>
            <translation>完成聊天操作</translation>
        </message>
        <message>
            <source>complete the request</source>
            <translation>完成请求</translation>
        </message>
        <message>
            <source>conversation</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>delete the asset</source>
            <translation>删除素材</translation>
        </message>
        <message>
            <source>enter the proxy address, e.g. http://proxy.example.com:3128</source>
            <translation>请输入代理地址，例如 http://proxy.example.com:3128</translation>
        </message>
        <message>
            <source>finish the image action</source>
            <translation>完成图片操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="54" />
            <source>for a limited time</source>
            <translation>一段时间</translation>
        </message>
        <message>
            <source>https://example.com/portrait.jpg</source>
            <translation>https://example.com/portrait.jpg</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="249" />
            <source>https://… (a public link)</source>
            <translation>https://…（公开链接）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="248" />
            <source>https://… or asset://ID</source>
            <translation>https://… 或 asset://ID</translation>
        </message>
        <message>
            <source>in {n}</source>
            <translation>输入 {n}</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <source>it would store the key in a plain file</source>
            <translation>它会把密钥保存在普通文件中</translation>
        </message>
        <message>
            <source>less than a minute</source>
            <translation>不到 1 分钟</translation>
        </message>
        <message>
            <source>no keyring service is available on this system</source>
            <translation>此系统上没有可用的密钥环服务</translation>
        </message>
        <message>
            <source>none usable</source>
            <translation>无可用密钥环</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>尚未检查</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <source>not used in demo mode</source>
            <translation>演示模式下不使用</translation>
        </message>
        <message>
            <source>optional label</source>
            <translation>可选标签</translation>
        </message>
        <message>
            <source>out {n}</source>
            <translation>输出 {n}</translation>
        </message>
        <message>
            <source>refresh the asset status</source>
            <translation>刷新素材状态</translation>
        </message>
        <message>
            <source>register the asset</source>
            <translation>登记素材</translation>
        </message>
        <message>
            <source>remove the task</source>
            <translation>移除任务</translation>
        </message>
        <message>
            <source>resubmit the video</source>
            <translation>重新提交视频</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>秒</translation>
        </message>
        <message>
            <source>send the message</source>
            <translation>发送消息</translation>
        </message>
        <message>
            <source>start the generation</source>
            <translation>开始生成</translation>
        </message>
        <message>
            <source>start the video</source>
            <translation>开始生成视频</translation>
        </message>
        <message>
            <source>stop tracking the task</source>
            <translation>停止跟踪任务</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>submit the SD2 Manxue batch</source>
            <translation>批量提交到 SD2 Manxue</translation>
        </message>
        <message>
            <source>the endpoint {endpoint}</source>
            <translation>接口 {endpoint}</translation>
        </message>
        <message>
            <source>the keyring has not been checked yet</source>
            <translation>尚未检查密钥环</translation>
        </message>
        <message>
            <source>the keyring service reports it cannot be used here</source>
            <translation>密钥环服务报告无法在此使用</translation>
        </message>
        <message>
            <source>the model {model}</source>
            <translation>模型 {model}</translation>
        </message>
        <message>
            <source>the model {model} or the endpoint {endpoint}</source>
            <translation>模型 {model} 或接口 {endpoint}</translation>
        </message>
        <message>
            <source>took {0}</source>
            <translation>耗时 {0}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
        <message>
            <source>writing…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <source>{0:.1f} MB</source>
            <translation>{0:.1f} MB</translation>
        </message>
        <message>
            <source>{0} need attention</source>
            <translation>{0} 个需要处理</translation>
        </message>
        <message>
            <source>{0} ready</source>
            <translation>{0} 个已就绪</translation>
        </message>
        <message>
            <source>{0} running</source>
            <translation>{0} 个进行中</translation>
        </message>
        <message>
            <source>{0} submitted for review.</source>
            <translation>已提交 {0} 个素材等待审核。</translation>
        </message>
        <message>
            <source>{0} video task, {1}: {2}</source>
            <translation>{0} 视频任务，{1}：{2}</translation>
        </message>
        <message>
            <source>{0} · usually {1}</source>
            <translation>{0} · 通常需要 {1}</translation>
        </message>
        <message>
            <source>{0} · {1}
{2}</source>
            <translation>{0} · {1}
{2}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <source>{field} cannot use asset:// references for {model}; give a public web address.</source>
            <translation>{model} 的“{field}”不能使用 asset:// 素材引用，请提供公开网址。</translation>
        </message>
        <message>
            <source>{field} has an unsupported kind '{kind}'.</source>
            <translation>“{field}”的类型“{kind}”不受支持。</translation>
        </message>
        <message>
            <source>{field} is required for {model}.</source>
            <translation>{model} 需要填写“{field}”。</translation>
        </message>
        <message>
            <source>{field} is too long for {model}: {n} characters; Chinese text may have at most {max}.</source>
            <translation>“{field}”太长：共 {n} 个字符；{model} 的中文内容最多 {max} 个字。</translation>
        </message>
        <message>
            <source>{field} is too long for {model}: {n} characters; at most {max}.</source>
            <translation>“{field}”太长：共 {n} 个字符；{model} 最多允许 {max} 个。</translation>
        </message>
        <message>
            <source>{field} is too long for {model}: {n} words; at most {max}.</source>
            <translation>“{field}”太长：共 {n} 个单词；{model} 最多允许 {max} 个。</translation>
        </message>
        <message>
            <source>{field} must be a list of web addresses.</source>
            <translation>“{field}”必须是网址列表。</translation>
        </message>
        <message>
            <source>{field} must be a number.</source>
            <translation>“{field}”必须是数字。</translation>
        </message>
        <message>
            <source>{field} must be a public web address for {model}; data: URLs are not accepted.</source>
            <translation>{model} 的“{field}”必须是公开网址，不接受 data: 链接。</translation>
        </message>
        <message>
            <source>{field} must be a web address starting with http:// or https:// or an asset://ID reference.</source>
            <translation>“{field}”必须是以 http:// 或 https:// 开头的网址，或 asset://ID 素材引用。</translation>
        </message>
        <message>
            <source>{field} must be a web address starting with http:// or https://.</source>
            <translation>“{field}”必须是以 http:// 或 https:// 开头的网址。</translation>
        </message>
        <message>
            <source>{field} must be a web address.</source>
            <translation>“{field}”必须是网址。</translation>
        </message>
        <message>
            <source>{field} must be a whole number.</source>
            <translation>“{field}”必须是整数。</translation>
        </message>
        <message>
            <source>{field} must be at least {min} for {model}.</source>
            <translation>{model} 的“{field}”不能小于 {min}。</translation>
        </message>
        <message>
            <source>{field} must be at least {min} {unit} for {model}.</source>
            <translation>{model} 的“{field}”不能少于 {min} {unit}。</translation>
        </message>
        <message>
            <source>{field} must be at most {max} for {model}.</source>
            <translation>{model} 的“{field}”不能大于 {max}。</translation>
        </message>
        <message>
            <source>{field} must be at most {max} {unit} for {model}.</source>
            <translation>{model} 的“{field}”不能超过 {max} {unit}。</translation>
        </message>
        <message>
            <source>{field} must be from {min} to {max} for {model}.</source>
            <translation>{model} 的“{field}”必须在 {min} 到 {max} 之间。</translation>
        </message>
        <message>
            <source>{field} must be from {min} to {max} {unit} for {model}.</source>
            <translation>{model} 的“{field}”必须在 {min} 到 {max} {unit}之间。</translation>
        </message>
        <message>
            <source>{field} must be one of {values} for {model}.</source>
            <translation>{model} 的“{field}”只能是以下之一：{values}。</translation>
        </message>
        <message>
            <source>{field} must be one of {values} {unit} for {model}.</source>
            <translation>{model} 的“{field}”只能是以下之一：{values} {unit}。</translation>
        </message>
        <message>
            <source>{field} must be text.</source>
            <translation>“{field}”必须是文字。</translation>
        </message>
        <message>
            <source>{field} must be true or false.</source>
            <translation>“{field}”只能是开或关。</translation>
        </message>
        <message>
            <source>{field}: at least {min} needed for {model}.</source>
            <translation>{model} 的“{field}”至少需要 {min} 个。</translation>
        </message>
        <message>
            <source>{field}: at most {max} for {model} ({n} given).</source>
            <translation>{model} 的“{field}”最多 {max} 个（当前 {n} 个）。</translation>
        </message>
        <message>
            <source>{field}: item {n}</source>
            <translation>{field}第 {n} 项</translation>
        </message>
        <message>
            <source>{field}: item {n} must be a web address.</source>
            <translation>“{field}”第 {n} 项必须是网址。</translation>
        </message>
        <message>
            <source>{file} (in use)</source>
            <translation>{file}（使用中）</translation>
        </message>
        <message>
            <source>{file} (none)</source>
            <translation>{file}（不存在）</translation>
        </message>
        <message>
            <source>{file} ({error})</source>
            <translation>{file}（{error}）</translation>
        </message>
        <message>
            <source>{h} h {m:02d} min</source>
            <translation>{h} 小时 {m:02d} 分</translation>
        </message>
        <message>
            <source>{id} — not in the model catalog</source>
            <translation>{id} — 不在模型目录中</translation>
        </message>
        <message>
            <source>{kind}, so we could not {action}. Check your network or proxy settings.</source>
            <translation>{kind}，因此未能{action}。请检查网络或代理设置。</translation>
        </message>
        <message>
            <source>{label} *</source>
            <translation>{label} *</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <source>{message} Given together: {fields}.</source>
            <translation>{message}当前同时填写了：{fields}。</translation>
        </message>
        <message>
            <source>{message} {n} given.</source>
            <translation>{message}当前为 {n} 个。</translation>
        </message>
        <message>
            <source>{model} cannot take images over the {protocol} protocol. Pick a model that accepts images (for GPT, use the OpenAI protocol).</source>
            <translation>{model} 无法通过 {protocol} 协议接收图片。请选择支持图片的模型（GPT 请使用 OpenAI 协议）。</translation>
        </message>
        <message>
            <source>{model} does not take {field}.</source>
            <translation>{model} 不支持“{field}”。</translation>
        </message>
        <message>
            <source>{model} does not take {field}: it is not a field of {family}.</source>
            <translation>{model} 不支持 {field}：{family} 没有这个参数。</translation>
        </message>
        <message>
            <source>{name} — {w}×{h}</source>
            <translation>{name} — {w}×{h}</translation>
        </message>
        <message>
            <source>{n} / {max} characters</source>
            <translation>{n} / {max} 个字符</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <source>{n} hours</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <source>{n} images</source>
            <translation>{n} 张图片</translation>
        </message>
        <message>
            <source>{n} links</source>
            <translation>{n} 个链接</translation>
        </message>
        <message>
            <source>{n} minutes</source>
            <translation>{n} 分钟</translation>
        </message>
        <message>
            <source>{n} of 1 link</source>
            <translation>{n} / 1 个链接</translation>
        </message>
        <message>
            <source>{n} of {max} links</source>
            <translation>{n} / {max} 个链接</translation>
        </message>
        <message>
            <source>{pct}%</source>
            <translation>{pct}%</translation>
        </message>
        <message>
            <source>{problem} It may also be {value}: {meaning}.</source>
            <translation>{problem}也可以填 {value}：{meaning}。</translation>
        </message>
        <message>
            <source>{reason} The key is kept for this session only.</source>
            <translation>{reason} 密钥仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s} 秒</translation>
        </message>
        <message>
            <source>{text} {note}</source>
            <translation>{text}{note}</translation>
        </message>
        <message>
            <source>{title} ({count} times)</source>
            <translation>{title}（{count} 次）</translation>
        </message>
        <message>
            <source>{title} — Demo</source>
            <translation>{title} — 演示</translation>
        </message>
        <message>
            <source>{total} tokens</source>
            <translation>{total} token</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/keyring_reason.py" line="58" />
            <source>{value} ({reason})</source>
            <translation>{value}（{reason}）</translation>
        </message>
        <message>
            <source>{value} {unit}</source>
            <translation>{value} {unit}</translation>
        </message>
        <message>
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
        <message>
            <source>“{0}” is full ({1} at most).</source>
            <translation>“{0}”已满（最多 {1} 个）。</translation>
        </message>
        <message>
            <source>“{0}” is not a public http(s) link. The server fetches the file itself, so give a link it can reach.</source>
            <translation>“{0}”不是公开的 http(s) 链接。服务器会自行获取文件，请提供它能访问的链接。</translation>
        </message>
        <message>
            <source>“{name}” could not be opened.</source>
            <translation>无法打开“{name}”。</translation>
        </message>
        <message>
            <source>“{name}” could not be read.</source>
            <translation>无法读取“{name}”。</translation>
        </message>
        <message>
            <source>“{name}” is not an image. Attach a PNG, JPEG, WebP or GIF picture.</source>
            <translation>“{name}”不是图片。请附加 PNG、JPEG、WebP 或 GIF 格式的图片。</translation>
        </message>
        <message>
            <source>“{name}” is too large ({size} MB). Images up to {limit} MB can be attached.</source>
            <translation>“{name}”太大（{size} MB）。只能附加不超过 {limit} MB 的图片。</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="46" />
            <source>A desktop client for the GlobalAI OPC gateway: chat with GPT, Claude and Gemini, generate images and videos, and keep what you make.</source>
            <translation>GlobalAI OPC 网关的桌面客户端：与 GPT、Claude 和 Gemini 聊天，生成图片和视频，并保存你的作品。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="26" />
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="27" />
            <source>About GlobalAI Desktop</source>
            <translation>关于 GlobalAI Desktop</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="69" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="62" />
            <source>Copy Details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="40" />
            <source>GlobalAI Desktop logo</source>
            <translation>GlobalAI Desktop 徽标</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="31" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="28" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="45" />
            <source>Version {v}</source>
            <translation>版本 {v}</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyPage</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="44" />
            <source>API &amp;key:</source>
            <translation>API 密钥(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="81" />
            <source>Connection test results</source>
            <translation>连接测试结果</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="104" />
            <source>Demo mode uses the built-in simulator's key. Nothing is saved.</source>
            <translation>演示模式使用内置模拟器的密钥，不会保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="57" />
            <source>Keep it for this session only</source>
            <translation>仅在本次会话中保留</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="125" />
            <source>Keep the key for this session only, or set the environment variable {var} before starting the app.</source>
            <translation>可以仅在本次会话中保留密钥，或在启动应用前设置环境变量 {var}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="116" />
            <source>Keyring in use: {name}</source>
            <translation>正在使用的密钥环：{name}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="122" />
            <source>No usable system keyring: {reason}.</source>
            <translation>没有可用的系统密钥环：{reason}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="111" />
            <source>One key works for chat, images and videos. It is never written to settings or logs.</source>
            <translation>同一个密钥可用于聊天、图片和视频，且绝不会写入设置或日志。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="40" />
            <source>Paste the key from the GlobalAI OPC team</source>
            <translation>粘贴 GlobalAI OPC 团队提供的密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="54" />
            <source>Remember the key in the system keyring</source>
            <translation>在系统密钥环中记住密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="74" />
            <source>Storage:</source>
            <translation>存储：</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="76" />
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="78" />
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="114" />
            <source>The system keyring is not used in demo mode.</source>
            <translation>演示模式下不使用系统密钥环。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="107" />
            <source>This key comes from the environment variable {var}. It overrides any saved key; unset the variable to use a key saved here.</source>
            <translation>此密钥来自环境变量 {var}，会覆盖已保存的密钥；若要使用此处保存的密钥，请取消设置该变量。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="121" />
            <source>the keyring has not been checked yet</source>
            <translation>尚未检查密钥环</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../globalai_desktop/app.py" line="113" />
            <source>GlobalAI Desktop could not start.</source>
            <translation>GlobalAI Desktop 无法启动。</translation>
        </message>
    </context>
    <context>
        <name>AssetPickerDialog</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="74" />
            <source>Approved assets</source>
            <translation>已通过审核的素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="70" />
            <source>Choose a registered asset</source>
            <translation>选择已登记的素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="83" />
            <source>Field to put the asset in</source>
            <translation>素材要填入的字段</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="86" />
            <source>Put it in</source>
            <translation>填入</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="69" />
            <source>Use a registered asset</source>
            <translation>使用已登记的素材</translation>
        </message>
    </context>
    <context>
        <name>AssetRegistry</name>
        <message>
            <location filename="../../globalai_desktop/services/asset_store.py" line="116" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="191" />
            <source>Approved: ready to use as a reference.</source>
            <translation>已通过：可以用作参考素材。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="258" />
            <source>Network unavailable; checking again shortly.</source>
            <translation>网络不可用，稍后会再次检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="192" />
            <source>Rejected by the review: this media cannot be used.</source>
            <translation>审核未通过：此素材无法使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="193" />
            <source>Status not known yet.</source>
            <translation>状态暂未知。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="288" />
            <source>Still under review. Press Refresh to check again.</source>
            <translation>仍在审核中。可点击“刷新”再次检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="189" />
            <source>Submitted for review…</source>
            <translation>已提交审核…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="260" />
            <source>The server had a problem ({0}); checking again shortly.</source>
            <translation>服务器出现问题（{0}），稍后会再次检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="206" />
            <source>The server no longer knows this asset.</source>
            <translation>服务器上已不存在此素材。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="242" />
            <source>The status could not be looked up this time; it is checked again.</source>
            <translation>本次未能查询到状态，稍后会再次检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="115" />
            <location filename="../../globalai_desktop/services/assets.py" line="190" />
            <source>Under review…</source>
            <translation>审核中…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/assets.py" line="255" />
            <source>check the review status of an asset</source>
            <translation>查询素材的审核状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/asset_store.py" line="114" />
            <source>“{0}” is not a public http(s) link. The server fetches the file itself, so give a link it can reach.</source>
            <translation>“{0}”不是公开的 http(s) 链接。服务器会自行获取文件，请提供它能访问的链接。</translation>
        </message>
    </context>
    <context>
        <name>AssetsPanel</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="156" />
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="148" />
            <source>&amp;Link</source>
            <translation>链接(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="161" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="304" />
            <source>Add at least one link, one per line.</source>
            <translation>请至少添加一个链接，每行一个。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="189" />
            <source>All audio</source>
            <translation>全部为音频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="188" />
            <source>All images</source>
            <translation>全部为图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="188" />
            <source>All videos</source>
            <translation>全部为视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="209" />
            <source>Approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="107" />
            <source>Ask the server for the review status now</source>
            <translation>立即向服务器查询审核状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="94" />
            <source>Asset id</source>
            <translation>素材 ID</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="82" />
            <source>Asset status message</source>
            <translation>素材状态消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="97" />
            <source>Asset table columns</source>
            <translation>素材表格列</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="212" />
            <source>Audio</source>
            <translation>音频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="153" />
            <source>Audio (wav or mp3)</source>
            <translation>音频（wav 或 mp3）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="313" />
            <source>Cannot tell whether these are images, videos or audio; choose the kind below the box: {0}</source>
            <translation>无法判断这些是图片、视频还是音频，请在输入框下方选择类型：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="344" />
            <source>Checked {0}: {1} approved.</source>
            <translation>已检查 {0} 个：{1} 个已通过。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="218" />
            <source>Checked: {0}</source>
            <translation>检查时间：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="361" />
            <source>Copied asset://{0}</source>
            <translation>已复制 asset://{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="113" />
            <source>Copy asset://ID to the clipboard</source>
            <translation>将 asset://ID 复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="112" />
            <source>Copy reference</source>
            <translation>复制引用</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="257" />
            <source>Could not {0}: {1}</source>
            <translation>无法{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="377" />
            <source>Delete assets</source>
            <translation>删除素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="115" />
            <source>Delete the selected assets</source>
            <translation>删除所选素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="369" />
            <source>Delete {0} asset(s)?</source>
            <translation>删除 {0} 个素材？</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="390" />
            <source>Deleted {0} asset(s).</source>
            <translation>已删除 {0} 个素材。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="114" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="153" />
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="213" />
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="66" />
            <source>Faces and avatars must be registered and approved before Seedance 2.0 or SD2 Manxue may use them. Give a public link; the server fetches the file.</source>
            <translation>人脸和虚拟形象必须先登记并通过审核，才能在 Seedance 2.0 或 SD2 Manxue 中使用。请提供公开链接，服务器会自行获取文件。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="152" />
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="212" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="187" />
            <source>Kind from file extension</source>
            <translation>按文件扩展名判断类型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="151" />
            <source>Kind of media</source>
            <translation>媒体类型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="186" />
            <source>Kind of the links</source>
            <translation>链接的类型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="93" />
            <source>Library</source>
            <translation>素材库</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="94" />
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="176" />
            <source>Links to submit, one per line</source>
            <translation>要提交的链接，每行一个</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="93" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="159" />
            <source>Name of the asset (optional)</source>
            <translation>素材名称（可选）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="177" />
            <source>One public link per line:
https://example.com/portrait.jpg
https://example.com/reference.mp4</source>
            <translation>每行一个公开链接：
https://example.com/portrait.jpg
https://example.com/reference.mp4</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="284" />
            <source>Paste the public link of the image, video or audio first.</source>
            <translation>请先粘贴图片、视频或音频的公开链接。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="144" />
            <source>Public link of the media to register</source>
            <translation>要登记的媒体的公开链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="110" />
            <source>Put this approved asset into the video form</source>
            <translation>将此已通过审核的素材填入视频表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="57" />
            <source>Reference assets</source>
            <translation>参考素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="106" />
            <source>Refresh status</source>
            <translation>刷新状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="329" />
            <source>Refused: {0}</source>
            <translation>被拒绝：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="162" />
            <source>Register</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="164" />
            <source>Register the link in the Seedance 2.0 library</source>
            <translation>在 Seedance 2.0 素材库中登记此链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="297" />
            <source>Registered as {0}; it is under review and checked automatically.</source>
            <translation>已登记为 {0}，正在审核中，系统会自动检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="89" />
            <source>Registered assets</source>
            <translation>已登记的素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="209" />
            <source>Rejected</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="94" />
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="208" />
            <source>SD2 Manxue</source>
            <translation>SD2 Manxue</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="171" />
            <source>SD2 Manxue batch</source>
            <translation>SD2 Manxue 批量提交</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="375" />
            <source>SD2 Manxue has no delete: those are only removed from this list.</source>
            <translation>SD2 Manxue 不支持删除：这些素材只会从此列表中移除。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="208" />
            <source>Seedance 2.0</source>
            <translation>Seedance 2.0</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="371" />
            <source>Seedance 2.0 assets are deleted on the server for good; tasks still using them may fail. Videos already made are not affected.</source>
            <translation>Seedance 2.0 素材会在服务器上永久删除，仍在使用它们的任务可能会失败。已生成的视频不受影响。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="139" />
            <source>Seedance 2.0 library</source>
            <translation>Seedance 2.0 素材库</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="192" />
            <source>Submit batch</source>
            <translation>批量提交</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="194" />
            <source>Submit the links to SD2 Manxue for review</source>
            <translation>将这些链接提交给 SD2 Manxue 审核</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="210" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="353" />
            <source>This asset is not approved yet, so it cannot be used.</source>
            <translation>此素材尚未通过审核，暂时无法使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="93" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="210" />
            <source>Under review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="109" />
            <source>Use in form</source>
            <translation>填入表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="212" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="152" />
            <source>Video (480p or 720p)</source>
            <translation>视频（480p 或 720p）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="391" />
            <source>delete the asset</source>
            <translation>删除素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="145" />
            <source>https://example.com/portrait.jpg</source>
            <translation>https://example.com/portrait.jpg</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="160" />
            <source>optional label</source>
            <translation>可选标签</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="345" />
            <source>refresh the asset status</source>
            <translation>刷新素材状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="299" />
            <source>register the asset</source>
            <translation>登记素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="332" />
            <source>submit the SD2 Manxue batch</source>
            <translation>批量提交到 SD2 Manxue</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="327" />
            <source>{0} submitted for review.</source>
            <translation>已提交 {0} 个素材等待审核。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentChip</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="87" />
            <source>Attached image {name}</source>
            <translation>已附加图片 {name}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="108" />
            <source>Remove image {name}</source>
            <translation>移除图片 {name}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="107" />
            <source>Remove this image</source>
            <translation>移除此图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="100" />
            <source>{name} — {w}×{h}</source>
            <translation>{name} — {w}×{h}</translation>
        </message>
    </context>
    <context>
        <name>AuthProblemDialog</name>
        <message numerus="yes">
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="149" />
            <source>%n failed requests can be sent again once this is fixed. Nothing you typed was lost.</source>
            <translation>
                <numerusform>问题解决后可重新发送 %n 个失败的请求。你输入的内容都没有丢失。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="166" />
            <source>(unknown)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="130" />
            <source>&lt;b&gt;The key has been changed.&lt;/b&gt; Retry to send the failed requests again.</source>
            <translation>&lt;b&gt;密钥已更换。&lt;/b&gt;点击重试可重新发送失败的请求。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="29" />
            <source>API key problem</source>
            <translation>API 密钥问题</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="139" />
            <source>Ask the GlobalAI OPC team to enable it for your key, or choose another model.</source>
            <translation>请联系 GlobalAI OPC 团队为你的密钥开通，或选择其他模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="72" />
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="74" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="121" />
            <source>GlobalAI needs your API key before it can answer. Open Settings and paste the key you received from the GlobalAI OPC team.</source>
            <translation>GlobalAI 需要你的 API 密钥才能应答。请打开设置，粘贴 GlobalAI OPC 团队提供给你的密钥。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="120" />
            <source>No API key is set</source>
            <translation>尚未设置 API 密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="63" />
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="65" />
            <source>Open Settings</source>
            <translation>打开设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="68" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="70" />
            <source>Retry the failed requests</source>
            <translation>重试失败的请求</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="126" />
            <source>The GlobalAI server did not accept the API key: it is missing, mistyped, or no longer valid. Open Settings to paste a valid key.</source>
            <translation>GlobalAI 服务器不接受此 API 密钥：密钥缺失、输入有误或已失效。请打开设置并粘贴有效的密钥。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="147" />
            <source>The failed request can be sent again once this is fixed. Nothing you typed was lost.</source>
            <translation>问题解决后可重新发送失败的请求。你输入的内容都没有丢失。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="137" />
            <source>The key works, but your GlobalAI OPC account is not provisioned for:</source>
            <translation>密钥有效，但你的 GlobalAI OPC 账户未开通：</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="41" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="133" />
            <source>Your API key is not enabled for this</source>
            <translation>你的 API 密钥未开通此项服务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="125" />
            <source>Your API key was rejected</source>
            <translation>API 密钥被拒绝</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="166" />
            <source>the endpoint {endpoint}</source>
            <translation>接口 {endpoint}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="165" />
            <source>the model {model}</source>
            <translation>模型 {model}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/auth_dialog.py" line="162" />
            <source>the model {model} or the endpoint {endpoint}</source>
            <translation>模型 {model} 或接口 {endpoint}</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <location filename="../../globalai_desktop/catalog/texts.py" line="76" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="592" />
            <source>1 to 9 JPEG, PNG or WebP pictures, short side at least 400 px, up to 20 MB each.</source>
            <translation>1 到 9 张 JPEG、PNG 或 WebP 图片，短边不小于 400 px，每张不超过 20 MB。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="213" />
            <source>16:9 landscape or 9:16 portrait.</source>
            <translation>16:9 横屏或 9:16 竖屏。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="186" />
            <source>16:9 landscape or 9:16 portrait. Use either this or a size in pixels.</source>
            <translation>16:9 横屏或 9:16 竖屏。与像素尺寸二选一。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="444" />
            <source>16:9 or 9:16.</source>
            <translation>16:9 或 9:16。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="206" />
            <source>2-5 minutes</source>
            <translation>2-5 分钟</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="238" />
            <source>2-8 minutes</source>
            <translation>2-8 分钟</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="418" />
            <source>3 to 15 seconds; a reference video sets its own length.</source>
            <translation>3 到 15 秒；使用参考视频时由该视频决定时长。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="383" />
            <source>6 to 30 seconds; up to 7 reference images.</source>
            <translation>6 到 30 秒；最多 7 张参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="393" />
            <source>6, 10, 12, 16, 20 or 30 seconds; up to 5 reference images (public links).</source>
            <translation>6、10、12、16、20 或 30 秒；最多 5 张参考图（公开链接）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="229" />
            <source>720p or 1080p; reference images or first/last frames.</source>
            <translation>720p 或 1080p；可使用参考图或首尾帧。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="231" />
            <source>720p or 1080p; starts from frames only (no reference images).</source>
            <translation>720p 或 1080p；仅支持首尾帧（不支持参考图）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="227" />
            <source>720p, 1080p or 4K; reference images or first/last frames.</source>
            <translation>720p、1080p 或 4K；可使用参考图或首尾帧。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="188" />
            <source>720x1280 portrait or 1280x720 landscape. Use either this or an aspect ratio.</source>
            <translation>720x1280 竖屏或 1280x720 横屏。与画面比例二选一。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="224" />
            <source>A last frame needs a first frame.</source>
            <translation>使用尾帧时必须同时提供首帧。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="576" />
            <source>A public link to a JPEG, PNG or WebP picture: both sides at least 300 px, no more than 2.5 times wider than tall or taller than wide, up to 20 MB.</source>
            <translation>指向 JPEG、PNG 或 WebP 图片的公开链接：宽和高均不小于 300 px，宽高比在 1:2.5 到 2.5:1 之间，大小不超过 20 MB。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="536" />
            <source>A public link to a video for the result to follow.</source>
            <translation>供结果参照的视频的公开链接。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="248" />
            <source>Adaptive</source>
            <translation>自适应</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="26" />
            <source>Add a generated soundtrack to the video.</source>
            <translation>为视频配上生成的声音。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="385" />
            <source>Always 10 seconds at 720p, 16:9.</source>
            <translation>固定为 10 秒、720p、16:9。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="527" />
            <source>Always 10 seconds at 720p. Start from frames, reference images or an input video; every picture and video must be a public web link.</source>
            <translation>固定为 10 秒、720p。可以从首尾帧、参考图或输入视频开始；所有图片和视频都必须是公开的网络链接。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="400" />
            <source>Always 10 seconds at 720p; up to 7 reference images (public links).</source>
            <translation>固定为 10 秒、720p；最多 7 张参考图（公开链接）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="21" />
            <source>Aspect ratio</source>
            <translation>画面比例</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="160" />
            <source>Aspect ratio is required when a resolution is chosen.</source>
            <translation>选择分辨率时必须指定画面比例。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="610" />
            <source>Audio</source>
            <translation>音频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="18" />
            <source>Audio clips (WAV or MP3) that guide the sound or voice.</source>
            <translation>引导声音或人声的音频片段（WAV 或 MP3）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="364" />
            <source>Best quality.</source>
            <translation>画质最佳。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="126" />
            <source>Better pictures than Nano Banana; 1K images.</source>
            <translation>画质优于 Nano Banana；生成 1K 图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="590" />
            <source>Call the pictures [Image 1], [Image 2] and so on; up to 2500 Chinese or 5000 other characters.</source>
            <translation>用 [Image 1]、[Image 2] 等指代各张图片；中文最多 2500 字，其他文字最多 5000 个字符。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="603" />
            <source>Changes one video you give; reference images are optional.</source>
            <translation>修改你提供的一个视频；参考图可选。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="238" />
            <source>Charged per second of video.</source>
            <translation>按视频秒数计费。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="386" />
            <source>Charged per video.</source>
            <translation>按视频条数计费。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="138" />
            <source>Choose a resolution together with an aspect ratio, or an exact size in pixels.</source>
            <translation>请选择分辨率并搭配画面比例，或者直接选择精确的像素尺寸。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="157" />
            <source>Choose either a resolution or a pixel size, not both.</source>
            <translation>分辨率和像素尺寸只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="196" />
            <source>Choose either an aspect ratio or a pixel size, not both.</source>
            <translation>画面比例和像素尺寸只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="606" />
            <source>Describe the edit; up to 2500 Chinese or 5000 other characters.</source>
            <translation>描述要做的修改；中文最多 2500 字，其他文字最多 5000 个字符。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="244" />
            <source>Describe the video: up to 500 Chinese characters or 1000 English words.</source>
            <translation>描述视频内容：中文最多 500 字，英文最多 1000 个单词。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="8" />
            <source>Describe what you want: the subject, the setting, the style.</source>
            <translation>描述你想要的内容：主体、场景和风格。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="19" />
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="239" />
            <source>Every model can add sound and start from a picture. The model name sets the resolution; at 720p a video usually takes 2-5 minutes, at 1080p 3-8 minutes.</source>
            <translation>所有模型都能生成声音，也都能从图片开始生成。分辨率由模型名称决定；720p 视频通常需要 2-5 分钟，1080p 需要 3-8 分钟。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="207" />
            <source>Every video is 8 seconds long. Start from up to 3 reference images or from a first and last frame, not both. With reference images it usually takes 2-4 minutes, with frames 3-5 minutes.</source>
            <translation>每个视频时长均为 8 秒。可以使用最多 3 张参考图，或者使用首帧和尾帧，两者不能同时使用。使用参考图通常需要 2-4 分钟，使用首尾帧需要 3-5 分钟。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="152" />
            <source>Exact size in pixels; use either a size in pixels or a resolution.</source>
            <translation>精确的像素尺寸；与分辨率二选一。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="608" />
            <source>Exactly one MP4 or MOV video, 3 to 60 seconds, up to 100 MB.</source>
            <translation>恰好一个 MP4 或 MOV 视频，时长 3 到 60 秒，不超过 100 MB。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="294" />
            <source>Fast, high quality; reference video optional.</source>
            <translation>速度快，高画质；参考视频可选。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="291" />
            <source>Fast, standard quality; needs at least one reference video.</source>
            <translation>速度快，标准画质；至少需要一个参考视频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="480" />
            <source>Faster, through a more reliable channel; up to 1 audio clip.</source>
            <translation>速度更快，通过更稳定的通道生成；最多 1 段音频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="641" />
            <source>Faster.</source>
            <translation>速度更快。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="475" />
            <source>Faster; 4 to 15 seconds at 720p; no reference audio.</source>
            <translation>速度更快；4 到 15 秒，720p；不支持参考音频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="365" />
            <source>Fastest.</source>
            <translation>速度最快。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="471" />
            <source>First and last frame must be given together.</source>
            <translation>首帧和尾帧必须同时提供。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="9" />
            <source>First frame</source>
            <translation>首帧</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="349" />
            <source>Frames must be public web links to JPEG, PNG or WebP pictures.</source>
            <translation>首尾帧必须是指向 JPEG、PNG 或 WebP 图片的公开网络链接。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="642" />
            <source>Full quality.</source>
            <translation>完整画质。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="25" />
            <source>Generate audio</source>
            <translation>生成声音</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="307" />
            <source>Give at least one picture (a first frame or a reference image) or a reference video. Reference audio can go with either.</source>
            <translation>请至少提供一张图片（首帧或参考图）或一个参考视频。参考音频可以与任一方式搭配使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="199" />
            <source>Good quality; 4, 8 or 12 seconds at up to 1280x720.</source>
            <translation>画质良好；时长 4、8 或 12 秒，最高 1280x720。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="400" />
            <source>Grok Video 3 (stable)</source>
            <translation>Grok Video 3（稳定版）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="581" />
            <source>Happy Horse 1.0 (image to video)</source>
            <translation>Happy Horse 1.0（图生视频）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="598" />
            <source>Happy Horse 1.0 (reference images)</source>
            <translation>Happy Horse 1.0（参考图）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="565" />
            <source>Happy Horse 1.0 (text to video)</source>
            <translation>Happy Horse 1.0（文生视频）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="616" />
            <source>Happy Horse 1.0 (video edit)</source>
            <translation>Happy Horse 1.0（视频编辑）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="568" />
            <source>Happy Horse: image to video</source>
            <translation>Happy Horse：图生视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="584" />
            <source>Happy Horse: reference images to video</source>
            <translation>Happy Horse：参考图生视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="553" />
            <source>Happy Horse: text to video</source>
            <translation>Happy Horse：文生视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="601" />
            <source>Happy Horse: video edit</source>
            <translation>Happy Horse：视频编辑</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="144" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="293" />
            <source>High quality; reference video optional.</source>
            <translation>高画质；参考视频可选。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="70" />
            <source>High-quality version, hosted on AWS.</source>
            <translation>高质量版，部署在 AWS 上。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="53" />
            <source>High-quality version, served from a premium account pool.</source>
            <translation>高质量版，由优质账号池提供。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="145" />
            <source>Higher quality costs more.</source>
            <translation>质量越高，费用越高。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="200" />
            <source>Higher quality; 4, 8 or 12 seconds at up to 1280x720.</source>
            <translation>画质更高；时长 4、8 或 12 秒，最高 1280x720。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="440" />
            <source>Images</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="14" />
            <source>Images that guide the content and look of the result.</source>
            <translation>引导结果内容和风格的图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="586" />
            <source>In the prompt, call the pictures [Image 1], [Image 2] and so on.</source>
            <translation>在提示词中用 [Image 1]、[Image 2] 等指代各张图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="622" />
            <source>In the prompt, call your inputs @图片1 (picture 1), @视频1 (video 1) and @音频1 (audio 1).</source>
            <translation>在提示词中用 @图片1、@视频1 和 @音频1 指代你提供的图片、视频和音频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="535" />
            <source>Input video</source>
            <translation>输入视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="295" />
            <source>KyyVideo2 (older name)</source>
            <translation>KyyVideo2（旧名称）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="296" />
            <source>KyyVideo2 Fast (older name)</source>
            <translation>KyyVideo2 Fast（旧名称）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="299" />
            <source>KyyVideo2 Fast Pro (older name)</source>
            <translation>KyyVideo2 Fast Pro（旧名称）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="297" />
            <source>KyyVideo2 Pro (older name)</source>
            <translation>KyyVideo2 Pro（旧名称）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="452" />
            <source>Large reference media take longer. A prompt or media that breaks the content rules fails at once.</source>
            <translation>参考素材越大，耗时越长。违反内容规范的提示词或素材会立即失败。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="11" />
            <source>Last frame</source>
            <translation>尾帧</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="112" />
            <source>Leave the reference images empty to make a picture from text alone, or add up to 6 to edit or combine them.</source>
            <translation>不添加参考图时仅根据文字生成图片；也可以添加最多 6 张图片进行编辑或合成。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="20" />
            <source>Length of the video in seconds.</source>
            <translation>视频长度，单位为秒。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="250" />
            <source>Let the model choose (4-12 s)</source>
            <translation>由模型决定（4-12 秒）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="144" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="55" />
            <source>Low-cost version.</source>
            <translation>低价版。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="612" />
            <source>Make new sound, or keep the sound of the source video.</source>
            <translation>生成新的声音，或保留源视频的声音。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="144" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="129" />
            <source>Nano Banana 2 (stable)</source>
            <translation>Nano Banana 2（稳定版）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="129" />
            <source>Nano Banana 2 through a more reliable channel; 1K images.</source>
            <translation>通过更稳定的通道使用 Nano Banana 2；生成 1K 图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="131" />
            <source>Nano Banana Pro (stable)</source>
            <translation>Nano Banana Pro（稳定版）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="131" />
            <source>Nano Banana Pro through a more reliable channel, up to 4K.</source>
            <translation>通过更稳定的通道使用 Nano Banana Pro，最高 4K。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="611" />
            <source>New sound</source>
            <translation>生成新声音</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="441" />
            <source>None: from text alone. One: bring it to life. Two: first and last frame.</source>
            <translation>不提供：仅根据文字生成。一张：让它动起来。两张：作为首帧和尾帧。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="52" />
            <source>Official version.</source>
            <translation>官方版。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="438" />
            <source>Older model: with no picture it works from text, one picture is brought to life, two are the first and last frame.</source>
            <translation>旧版模型：不提供图片时根据文字生成，提供一张图片时让它动起来，提供两张时分别作为首帧和尾帧。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="297" />
            <source>Older name of a current model; no reference videos.</source>
            <translation>现有模型的旧名称；不支持参考视频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="295" />
            <source>Older name of a current model; takes reference videos.</source>
            <translation>现有模型的旧名称；支持参考视频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="192" />
            <source>One picture of exactly 1280x720 (16:9) or 720x1280 (9:16). Photos of real people are usually refused.</source>
            <translation>一张尺寸恰好为 1280x720（16:9）或 720x1280（9:16）的图片。真人照片通常会被拒绝。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="532" />
            <source>Only 10 seconds is supported.</source>
            <translation>仅支持 10 秒。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="611" />
            <source>Original sound</source>
            <translation>保留原声</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="117" />
            <source>Output resolution: 1k, 2k or 4k. 2k and 4k need a Pro model.</source>
            <translation>输出分辨率：1k、2k 或 4k。2k 和 4k 需要 Pro 模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="24" />
            <source>Output resolution; higher resolutions take longer.</source>
            <translation>输出分辨率；分辨率越高，耗时越长。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="149" />
            <source>Output resolution; use either a resolution or a size in pixels.</source>
            <translation>输出分辨率；与像素尺寸二选一。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="266" />
            <source>Pictures or videos that show a face must be registered in the Assets tab and approved before you can use them.</source>
            <translation>含有人脸的图片或视频必须先在“素材”标签页中登记并通过审核，才能使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="380" />
            <source>Pictures to bring to life or to follow.</source>
            <translation>要让其动起来或供参照的图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="153" />
            <source>Pictures to edit or to follow.</source>
            <translation>要编辑或参照的图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="164" />
            <source>Priced by quality: higher quality costs more.</source>
            <translation>按质量计费：质量越高，费用越高。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="166" />
            <source>Priced by resolution.</source>
            <translation>按分辨率计费。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="7" />
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="143" />
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="17" />
            <source>Reference audio</source>
            <translation>参考音频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="191" />
            <source>Reference image</source>
            <translation>参考图</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="13" />
            <source>Reference images</source>
            <translation>参考图</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="433" />
            <source>Reference images allow at most 4 items together with a reference video.</source>
            <translation>与参考视频同时使用时，参考图最多 4 张。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="15" />
            <source>Reference videos</source>
            <translation>参考视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="23" />
            <source>Resolution</source>
            <translation>分辨率</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="27" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="339" />
            <source>Seedance 2.0 X1 (discount)</source>
            <translation>Seedance 2.0 X1（优惠）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="337" />
            <source>Seedance 2.0 X1 (official)</source>
            <translation>Seedance 2.0 X1（官方）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="342" />
            <source>Seedance 2.0 X1 Fast (discount)</source>
            <translation>Seedance 2.0 X1 Fast（优惠）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="340" />
            <source>Seedance 2.0 X1 Fast (official)</source>
            <translation>Seedance 2.0 X1 Fast（官方）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="334" />
            <source>Seedance X1 needs at least one image (first frame or reference image) or reference video.</source>
            <translation>Seedance X1 至少需要一张图片（首帧或参考图）或一个参考视频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="54" />
            <source>Served through a mixed account pool (proxy).</source>
            <translation>通过混合账号池（代理）提供。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="71" />
            <source>Served through an account pool (proxy).</source>
            <translation>通过账号池（代理）提供。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="119" />
            <source>Shape of the image, width to height; Model default lets the model decide.</source>
            <translation>图片的宽高比；选择“模型默认值”则由模型决定。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="148" />
            <source>Shape of the image, width to height; needed when you choose a resolution.</source>
            <translation>图片的宽高比；选择分辨率时必须填写。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="22" />
            <source>Shape of the picture, width to height: 16:9 is landscape, 9:16 portrait.</source>
            <translation>画面的宽高比：16:9 为横屏，9:16 为竖屏。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="249" />
            <source>Shape of the video; Adaptive follows the first frame.</source>
            <translation>视频的宽高比；选择“自适应”时与首帧一致。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="420" />
            <source>Shape of the video; a reference video sets its own shape.</source>
            <translation>视频的宽高比；使用参考视频时由该视频决定。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="150" />
            <source>Size (pixels)</source>
            <translation>尺寸（像素）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="607" />
            <source>Source video</source>
            <translation>源视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="289" />
            <source>Standard speed and quality; needs at least one reference video.</source>
            <translation>标准速度和画质；至少需要一个参考视频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="51" />
            <source>Standard version.</source>
            <translation>标准版。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="474" />
            <source>Standard; 4 to 15 seconds at 720p; up to 3 audio clips.</source>
            <translation>标准版；4 到 15 秒，720p；最多 3 段音频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="437" />
            <source>StarVideos V3 (older)</source>
            <translation>StarVideos V3（旧版）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="47" />
            <source>Takes pictures only over the OpenAI protocol.</source>
            <translation>仅在使用 OpenAI 协议时可以接收图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="515" />
            <source>Takes reference videos.</source>
            <translation>支持参考视频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="80" />
            <source>Takes video only over the Gemini protocol.</source>
            <translation>仅在使用 Gemini 协议时可以接收视频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="128" />
            <source>The best pictures, up to 4K.</source>
            <translation>画质最佳，最高 4K。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="124" />
            <source>The fastest model; 1K images.</source>
            <translation>速度最快的模型；生成 1K 图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="488" />
            <source>The model name sets the resolution; 2K and 4K take longer. Pictures or videos that show a face must be registered in the Assets tab and approved first. Reference videos need one of the Video models. A prompt or media that breaks the content rules fails at once.</source>
            <translation>分辨率由模型名称决定；2K 和 4K 耗时更长。含有人脸的图片或视频必须先在“素材”标签页中登记并通过审核。使用参考视频需要选择 Video 系列模型。违反内容规范的提示词或素材会立即失败。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="461" />
            <source>The picture the video ends on; give a first frame too.</source>
            <translation>视频结束时的画面；需要同时提供首帧。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="12" />
            <source>The picture the video ends on; needs a first frame.</source>
            <translation>视频结束时的画面；需要同时提供首帧。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="631" />
            <source>The picture the video ends on; works alone or with a first frame.</source>
            <translation>视频结束时的画面；可以单独使用，也可以与首帧一起使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="10" />
            <source>The picture the video starts from: a public web link (https://…).</source>
            <translation>视频开始时的画面：公开的网络链接（https://…）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="33" />
            <source>The picture the video starts from: a public web link or a registered asset.</source>
            <translation>视频开始时的画面：公开的网络链接或已登记的素材。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="357" />
            <source>The picture the video starts from: a public web link to a JPEG, PNG or WebP picture.</source>
            <translation>视频开始时的画面：指向 JPEG、PNG 或 WebP 图片的公开网络链接。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="460" />
            <source>The picture the video starts from; give a last frame too.</source>
            <translation>视频开始时的画面；需要同时提供尾帧。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="630" />
            <source>The picture the video starts from; works alone or with a last frame.</source>
            <translation>视频开始时的画面；可以单独使用，也可以与尾帧一起使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="570" />
            <source>The picture you start from sets the shape of the video.</source>
            <translation>视频的宽高比由起始图片决定。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="41" />
            <source>The request must be a JSON object.</source>
            <translation>请求必须是 JSON 对象。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="28" />
            <source>The same seed with the same settings gives a similar result again.</source>
            <translation>使用相同的种子和相同的设置，可以再次得到相似的结果。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="478" />
            <source>Through a more reliable channel; up to 1 audio clip.</source>
            <translation>通过更稳定的通道生成；最多 1 段音频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="39" />
            <source>Unknown model '{model}' for {family}; choose one of: {known}.</source>
            <translation>{family} 没有模型“{model}”；请从以下模型中选择：{known}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="456" />
            <source>Up to 1500 characters. No prohibited, infringing, political or explicit content.</source>
            <translation>最多 1500 个字符。不得包含违禁、侵权、政治或色情内容。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="626" />
            <source>Up to 1500 characters; call your inputs @图片1, @视频1, @音频1.</source>
            <translation>最多 1500 个字符；用 @图片1、@视频1、@音频1 指代你提供的内容。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="165" />
            <source>Up to 1K; up to 16 reference images.</source>
            <translation>最高 1K；最多 16 张参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="559" />
            <source>Up to 2500 Chinese characters or 5000 other characters.</source>
            <translation>中文最多 2500 字，其他文字最多 5000 个字符。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="499" />
            <source>Up to 3 clips, 15 seconds and 500 MB in total.</source>
            <translation>最多 3 段音频，总时长 15 秒，总大小 500 MB。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="215" />
            <source>Up to 3 pictures that guide the video; cannot be combined with first and last frames.</source>
            <translation>最多 3 张引导视频的图片；不能与首帧和尾帧同时使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="498" />
            <source>Up to 3 videos, 15 seconds and 500 MB in total.</source>
            <translation>最多 3 个视频，总时长 15 秒，总大小 500 MB。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="633" />
            <source>Up to 3 videos, 15 seconds in total.</source>
            <translation>最多 3 个视频，总时长 15 秒。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="278" />
            <source>Up to 3 videos, 15 seconds in total; registered videos must be 480p or 720p.</source>
            <translation>最多 3 个视频，总时长 15 秒；已登记的视频必须为 480p 或 720p。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="163" />
            <source>Up to 4K; up to 6 reference images.</source>
            <translation>最高 4K；最多 6 张参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="121" />
            <source>Up to 6 pictures to edit or combine; leave empty to work from text alone.</source>
            <translation>最多 6 张要编辑或合成的图片；留空则仅根据文字生成。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="421" />
            <source>Up to 7 images, or up to 4 together with a reference video.</source>
            <translation>最多 7 张图片；与参考视频同时使用时最多 4 张。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="632" />
            <source>Up to 9 pictures, 20 MB each.</source>
            <translation>最多 9 张图片，每张不超过 20 MB。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="221" />
            <source>Use either first/last frames or reference images, not both.</source>
            <translation>首尾帧和参考图只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="329" />
            <source>Use either first/last frames or reference images/videos, not both.</source>
            <translation>首尾帧和参考图/参考视频只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="283" />
            <source>Use either first/last frames or reference media, not both.</source>
            <translation>首尾帧和参考素材只能选择其一，不能同时使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="543" />
            <source>Use only one of: first/last frames, reference images, or an input video.</source>
            <translation>首尾帧、参考图和输入视频只能使用其中一种。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="231" />
            <source>VEO 3.1 Fast (stable)</source>
            <translation>VEO 3.1 Fast（稳定版）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="229" />
            <source>VEO 3.1 Pro (stable)</source>
            <translation>VEO 3.1 Pro（稳定版）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="478" />
            <source>Videos (stable)</source>
            <translation>Videos（稳定版）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="480" />
            <source>Videos Fast (stable)</source>
            <translation>Videos Fast（稳定版）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="180" />
            <source>Videos are 4, 8 or 12 seconds long. A reference image must be exactly the size of the video (1280x720 for 16:9, 720x1280 for 9:16); photos of real people are usually refused.</source>
            <translation>视频时长为 4、8 或 12 秒。参考图的尺寸必须与视频完全一致（16:9 为 1280x720，9:16 为 720x1280）；真人照片通常会被拒绝。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="16" />
            <source>Videos that guide motion and content.</source>
            <translation>引导动作和内容的视频。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="413" />
            <source>With a reference video, the length and shape of the result follow that video.</source>
            <translation>使用参考视频时，结果的时长和宽高比与该视频一致。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/catalog.json" line="19" />
            <source>seconds</source>
            <translation>秒</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="74" />
            <source>{field} cannot use asset:// references for {model}; give a public web address.</source>
            <translation>{model} 的“{field}”不能使用 asset:// 素材引用，请提供公开网址。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="51" />
            <source>{field} has an unsupported kind '{kind}'.</source>
            <translation>“{field}”的类型“{kind}”不受支持。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="45" />
            <source>{field} is required for {model}.</source>
            <translation>{model} 需要填写“{field}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="67" />
            <source>{field} is too long for {model}: {n} characters; Chinese text may have at most {max}.</source>
            <translation>“{field}”太长：共 {n} 个字符；{model} 的中文内容最多 {max} 个字。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="70" />
            <source>{field} is too long for {model}: {n} characters; at most {max}.</source>
            <translation>“{field}”太长：共 {n} 个字符；{model} 最多允许 {max} 个。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="72" />
            <source>{field} is too long for {model}: {n} words; at most {max}.</source>
            <translation>“{field}”太长：共 {n} 个单词；{model} 最多允许 {max} 个。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="85" />
            <source>{field} must be a list of web addresses.</source>
            <translation>“{field}”必须是网址列表。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="56" />
            <source>{field} must be a number.</source>
            <translation>“{field}”必须是数字。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="77" />
            <source>{field} must be a public web address for {model}; data: URLs are not accepted.</source>
            <translation>{model} 的“{field}”必须是公开网址，不接受 data: 链接。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="82" />
            <source>{field} must be a web address starting with http:// or https:// or an asset://ID reference.</source>
            <translation>“{field}”必须是以 http:// 或 https:// 开头的网址，或 asset://ID 素材引用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="80" />
            <source>{field} must be a web address starting with http:// or https://.</source>
            <translation>“{field}”必须是以 http:// 或 https:// 开头的网址。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="50" />
            <source>{field} must be a web address.</source>
            <translation>“{field}”必须是网址。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="55" />
            <source>{field} must be a whole number.</source>
            <translation>“{field}”必须是整数。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="60" />
            <source>{field} must be at least {min} for {model}.</source>
            <translation>{model} 的“{field}”不能小于 {min}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="61" />
            <source>{field} must be at least {min} {unit} for {model}.</source>
            <translation>{model} 的“{field}”不能少于 {min} {unit}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="63" />
            <source>{field} must be at most {max} for {model}.</source>
            <translation>{model} 的“{field}”不能大于 {max}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="64" />
            <source>{field} must be at most {max} {unit} for {model}.</source>
            <translation>{model} 的“{field}”不能超过 {max} {unit}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="57" />
            <source>{field} must be from {min} to {max} for {model}.</source>
            <translation>{model} 的“{field}”必须在 {min} 到 {max} 之间。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="58" />
            <source>{field} must be from {min} to {max} {unit} for {model}.</source>
            <translation>{model} 的“{field}”必须在 {min} 到 {max} {unit}之间。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="52" />
            <source>{field} must be one of {values} for {model}.</source>
            <translation>{model} 的“{field}”只能是以下之一：{values}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="53" />
            <source>{field} must be one of {values} {unit} for {model}.</source>
            <translation>{model} 的“{field}”只能是以下之一：{values} {unit}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="49" />
            <source>{field} must be text.</source>
            <translation>“{field}”必须是文字。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="48" />
            <source>{field} must be true or false.</source>
            <translation>“{field}”只能是开或关。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="89" />
            <source>{field}: at least {min} needed for {model}.</source>
            <translation>{model} 的“{field}”至少需要 {min} 个。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="88" />
            <source>{field}: at most {max} for {model} ({n} given).</source>
            <translation>{model} 的“{field}”最多 {max} 个（当前 {n} 个）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="86" />
            <source>{field}: item {n}</source>
            <translation>{field}第 {n} 项</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="87" />
            <source>{field}: item {n} must be a web address.</source>
            <translation>“{field}”第 {n} 项必须是网址。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="46" />
            <source>{message} Given together: {fields}.</source>
            <translation>{message}当前同时填写了：{fields}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="47" />
            <source>{message} {n} given.</source>
            <translation>{message}当前为 {n} 个。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="42" />
            <source>{model} does not take {field}.</source>
            <translation>{model} 不支持“{field}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="43" />
            <source>{model} does not take {field}: it is not a field of {family}.</source>
            <translation>{model} 不支持 {field}：{family} 没有这个参数。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/catalog/checks.py" line="66" />
            <source>{problem} It may also be {value}: {meaning}.</source>
            <translation>{problem}也可以填 {value}：{meaning}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_text.py" line="53" />
            <source>{value} {unit}</source>
            <translation>{value} {unit}</translation>
        </message>
    </context>
    <context>
        <name>CatalogForm</name>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="76" />
            <source>&amp;Model</source>
            <translation>模型(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="357" />
            <source>Choose</source>
            <translation>选择</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="297" />
            <source>Describe what you want to see…</source>
            <translation>描述你想看到的画面…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="372" />
            <source>First / last frame</source>
            <translation>首帧 / 尾帧</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="52" />
            <source>Generation settings</source>
            <translation>生成设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="326" />
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="357" />
            <source>Input mode</source>
            <translation>输入方式</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="72" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="107" />
            <source>Problems with these settings</source>
            <translation>这些设置存在问题</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="372" />
            <source>References</source>
            <translation>参考素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="373" />
            <source>Text only</source>
            <translation>仅文本</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="413" />
            <source>Typical wait: {wait}.</source>
            <translation>通常需要等待：{wait}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="373" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="305" />
            <source>{label} *</source>
            <translation>{label} *</translation>
        </message>
    </context>
    <context>
        <name>ChatAttachments</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/images.py" line="100" />
            <source>The clipboard holds no picture.</source>
            <translation>剪贴板中没有图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/images.py" line="61" />
            <source>“{name}” could not be opened.</source>
            <translation>无法打开“{name}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/images.py" line="69" />
            <source>“{name}” could not be read.</source>
            <translation>无法读取“{name}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/images.py" line="85" />
            <source>“{name}” is not an image. Attach a PNG, JPEG, WebP or GIF picture.</source>
            <translation>“{name}”不是图片。请附加 PNG、JPEG、WebP 或 GIF 格式的图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/images.py" line="63" />
            <location filename="../../globalai_desktop/ui/chat/images.py" line="75" />
            <source>“{name}” is too large ({size} MB). Images up to {limit} MB can be attached.</source>
            <translation>“{name}”太大（{size} MB）。只能附加不超过 {limit} MB 的图片。</translation>
        </message>
    </context>
    <context>
        <name>ChatFiles</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="50" />
            <source>Conversation (*.json);;All files (*)</source>
            <translation>对话 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="27" />
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="37" />
            <source>Export conversation</source>
            <translation>导出对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="49" />
            <source>Import conversation</source>
            <translation>导入对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="26" />
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="35" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="25" />
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="35" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
    </context>
    <context>
        <name>ChatHeader</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/header.py" line="33" />
            <source>Conversation settings</source>
            <translation>对话设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/header.py" line="24" />
            <source>Conversation title</source>
            <translation>对话标题</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/header.py" line="31" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/header.py" line="32" />
            <source>Show or hide this conversation's settings</source>
            <translation>显示或隐藏此对话的设置</translation>
        </message>
    </context>
    <context>
        <name>ChatService</name>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="198" />
            <location filename="../../globalai_desktop/services/chat.py" line="218" />
            <source>A reply is still being written. Stop it first.</source>
            <translation>回复仍在生成中，请先停止。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="286" />
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="240" />
            <source>Only your own messages can be edited.</source>
            <translation>只能编辑自己发送的消息。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="388" />
            <source>Something went wrong while writing the reply ({kind}).</source>
            <translation>生成回复时出错（{kind}）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="383" />
            <source>The connection was interrupted before the reply was complete. What arrived is kept.</source>
            <translation>回复尚未完成时连接中断，已收到的内容已保留。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="226" />
            <source>There is no message to answer yet.</source>
            <translation>还没有可回复的消息。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="302" />
            <source>This conversation no longer exists.</source>
            <translation>此对话已不存在。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="196" />
            <location filename="../../globalai_desktop/services/chat.py" line="242" />
            <source>Type a message first.</source>
            <translation>请先输入消息。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="285" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="404" />
            <source>send the message</source>
            <translation>发送消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/chat.py" line="125" />
            <source>{model} cannot take images over the {protocol} protocol. Pick a model that accepts images (for GPT, use the OpenAI protocol).</source>
            <translation>{model} 无法通过 {protocol} 协议接收图片。请选择支持图片的模型（GPT 请使用 OpenAI 协议）。</translation>
        </message>
    </context>
    <context>
        <name>ChatTab</name>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="362" />
            <source>Ask {model} anything.
Replies stream in as they are written; Esc stops them.</source>
            <translation>向 {model} 提任何问题。
回复会边生成边显示，按 Esc 可停止。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="56" />
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/actions.py" line="79" />
            <source>Could not import {name}: {reason}</source>
            <translation>无法导入 {name}：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/actions.py" line="83" />
            <source>Imported “{title}”.</source>
            <translation>已导入“{title}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="359" />
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/actions.py" line="72" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="261" />
            <source>The file could not be written: {reason}</source>
            <translation>无法写入文件：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="265" />
            <source>complete the chat action</source>
            <translation>完成聊天操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/actions.py" line="58" />
            <source>conversation</source>
            <translation>对话</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="215" />
            <source>Ask anything…</source>
            <translation>有问题尽管问…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="287" />
            <source>At most {n} images can be attached to one message.</source>
            <translation>每条消息最多可附加 {n} 张图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="167" />
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="263" />
            <source>Attach images</source>
            <translation>附加图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="166" />
            <source>Attach images (you can also paste or drop them here)</source>
            <translation>附加图片（也可以直接粘贴或拖放到这里）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="165" />
            <source>Attach image…</source>
            <translation>附加图片…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="214" />
            <source>Ctrl+Enter to send</source>
            <translation>Ctrl+Enter 发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="213" />
            <source>Enter to send · Shift+Enter for a new line</source>
            <translation>Enter 发送 · Shift+Enter 换行</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="264" />
            <source>Images ({patterns});;All files (*)</source>
            <translation>图片 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="151" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="125" />
            <source>Message composer</source>
            <translation>消息编辑区</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="175" />
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="177" />
            <source>Send message</source>
            <translation>发送消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="241" />
            <source>Still reading the images… send again in a moment.</source>
            <translation>仍在读取图片…请稍后再发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="180" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="182" />
            <source>Stop the reply</source>
            <translation>停止回复</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/composer.py" line="183" />
            <source>Stop the reply (Esc)</source>
            <translation>停止回复 (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="54" />
            <source>API key rejected</source>
            <translation>API 密钥被拒绝</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="56" />
            <source>Cannot reach the server</source>
            <translation>无法连接服务器</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="52" />
            <source>Checking the connection…</source>
            <translation>正在检查连接…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="53" />
            <source>Connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="39" />
            <source>Connection status</source>
            <translation>连接状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="55" />
            <source>No API key</source>
            <translation>没有 API 密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="51" />
            <source>Not connected yet</source>
            <translation>尚未连接</translation>
        </message>
    </context>
    <context>
        <name>ConversationListPanel</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="142" />
            <source>Conversation list</source>
            <translation>对话列表</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="91" />
            <source>Conversations</source>
            <translation>对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="279" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="234" />
            <source>Deleted “{title}”.</source>
            <translation>已删除“{title}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="117" />
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="277" />
            <source>Export as JSON…</source>
            <translation>导出为 JSON…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="114" />
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="276" />
            <source>Export as Markdown…</source>
            <translation>导出为 Markdown…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="107" />
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="108" />
            <source>Import and export</source>
            <translation>导入和导出</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="111" />
            <source>Import conversation (JSON)…</source>
            <translation>导入对话 (JSON)…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="98" />
            <source>New chat</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="100" />
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="209" />
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="203" />
            <source>No conversation matches “{q}”.</source>
            <translation>没有与“{q}”匹配的对话。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="204" />
            <source>No conversations yet.</source>
            <translation>还没有对话。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="248" />
            <source>Rename conversation</source>
            <translation>重命名对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="275" />
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="130" />
            <source>Search conversations</source>
            <translation>搜索对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="131" />
            <source>Search titles and messages</source>
            <translation>搜索标题和消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="101" />
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>开始新对话 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="248" />
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="169" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="171" />
            <source>Undo delete</source>
            <translation>撤销删除</translation>
        </message>
    </context>
    <context>
        <name>ConversationSettingsPanel</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="45" />
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="54" />
            <source>Conversation settings</source>
            <translation>对话设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="149" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="148" />
            <source>Default ({name})</source>
            <translation>默认（{name}）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="92" />
            <source>Lower is more focused, higher more varied (0–2).</source>
            <translation>越低越集中，越高越多样（0–2）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="118" />
            <source>Max output tokens</source>
            <translation>最大输出 token</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="107" />
            <source>Maximum output tokens</source>
            <translation>最大输出 token 数</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="175" />
            <source>No token usage reported yet.</source>
            <translation>尚未报告 token 用量。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="75" />
            <source>Optional instructions for the model, e.g. “Answer briefly, in English.”</source>
            <translation>给模型的可选指令，例如“请用中文简要回答。”</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="66" />
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="70" />
            <source>Protocol</source>
            <translation>协议</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="81" />
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="101" />
            <source>Set</source>
            <translation>指定</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="103" />
            <source>Set a limit on reply length</source>
            <translation>限制回复长度</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="83" />
            <source>Set a temperature</source>
            <translation>指定温度</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="74" />
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="79" />
            <source>System prompt</source>
            <translation>系统提示词</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="87" />
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="99" />
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="177" />
            <source>This conversation used {total} tokens
({inp} in · {out} out).</source>
            <translation>此对话共使用 {total} 个 token
（输入 {inp} · 输出 {out}）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="123" />
            <source>Token usage of this conversation</source>
            <translation>此对话的 token 用量</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="84" />
            <source>Unchecked: the model's default temperature.</source>
            <translation>不勾选：使用模型的默认温度。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="104" />
            <source>Unchecked: the server's default limit.</source>
            <translation>不勾选：使用服务器的默认限制。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/settings_panel.py" line="67" />
            <source>Which API format carries this conversation. The model decides the default; override it here.</source>
            <translation>此对话使用的 API 格式。默认由模型决定，可在此更改。</translation>
        </message>
    </context>
    <context>
        <name>DemoBadge</name>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="83" />
            <source>Demo</source>
            <translation>演示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="84" />
            <source>Demo mode</source>
            <translation>演示模式</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/status_widgets.py" line="85" />
            <source>Demo mode: answers, images and videos come from a built-in simulator, not from GlobalAI.</source>
            <translation>演示模式：回答、图片和视频都来自内置模拟器，而非 GlobalAI。</translation>
        </message>
    </context>
    <context>
        <name>EditBox</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/edit_box.py" line="28" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/edit_box.py" line="30" />
            <source>Cancel editing</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/edit_box.py" line="18" />
            <source>Edit your message</source>
            <translation>编辑你的消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/edit_box.py" line="21" />
            <source>Edited message text</source>
            <translation>编辑后的消息内容</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/edit_box.py" line="24" />
            <source>Send again</source>
            <translation>重新发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/edit_box.py" line="26" />
            <source>Send the edited message</source>
            <translation>发送编辑后的消息</translation>
        </message>
    </context>
    <context>
        <name>ErrorDetailsDialog</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="63" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="87" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="55" />
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="57" />
            <source>Copy details</source>
            <translation>复制详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="32" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="20" />
            <source>Error details</source>
            <translation>错误详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="91" />
            <source>Hide details</source>
            <translation>隐藏详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="50" />
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="91" />
            <source>Show details</source>
            <translation>显示详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="52" />
            <source>Show or hide technical details</source>
            <translation>显示或隐藏技术详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="43" />
            <source>Technical details</source>
            <translation>技术详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/error_details.py" line="82" />
            <source>{title} ({count} times)</source>
            <translation>{title}（{count} 次）</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="121" />
            <source> Try again in {s:.0f} s.</source>
            <translation> 请在 {s:.0f} 秒后重试。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="134" />
            <source>Could not reach the GlobalAI server</source>
            <translation>无法连接 GlobalAI 服务器</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="140" />
            <source>Could not {action}: {reason}</source>
            <translation>无法{action}：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="158" />
            <source>Details…</source>
            <translation>详情…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="159" />
            <source>Request failed</source>
            <translation>请求失败</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="156" />
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="218" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="246" />
            <source>Something unexpected went wrong.</source>
            <translation>发生了意外错误。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="245" />
            <source>Something went wrong while trying to {action}.</source>
            <translation>{action}时出错。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="216" />
            <source>The API key was changed. %n requests failed earlier because of the key.</source>
            <translation>
                <numerusform>API 密钥已更换。之前有 %n 个请求因密钥问题而失败。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="214" />
            <source>The API key was changed. A request failed earlier because of the key.</source>
            <translation>API 密钥已更换。之前有一个请求因密钥问题而失败。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="247" />
            <source>The app is still running. If this keeps happening, copy the details into a bug report.</source>
            <translation>应用仍在运行。如果问题反复出现，请将详细信息复制到错误报告中。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="127" />
            <source>The request to {action} was sent, but no answer came back. The task may exist and may be billed, so it was not sent again.</source>
            <translation>已发出“{action}”的请求，但没有收到应答。该任务可能已创建并可能产生费用，因此没有重新发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="123" />
            <source>The server is busy and asked us to slow down, so we could not {action}.</source>
            <translation>服务器繁忙，要求降低请求频率，因此未能{action}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="132" />
            <source>The server took too long to answer</source>
            <translation>服务器响应超时</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="249" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="117" />
            <source>Your GlobalAI balance is too low to {action}. Top up your account, then retry.</source>
            <translation>GlobalAI 余额不足，无法{action}。请充值后重试。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="113" />
            <source>complete the request</source>
            <translation>完成请求</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/error_presenter.py" line="135" />
            <source>{kind}, so we could not {action}. Check your network or proxy settings.</source>
            <translation>{kind}，因此未能{action}。请检查网络或代理设置。</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="47" />
            <source>Model default</source>
            <translation>模型默认值</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_text.py" line="65" />
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_text.py" line="64" />
            <source>On</source>
            <translation>开</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="49" />
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="41" />
            <source>Chat with GPT, Claude and Gemini, and create images and videos through the GlobalAI OPC gateway. To begin, paste the API key you received from the GlobalAI OPC team.</source>
            <translation>通过 GlobalAI OPC 网关与 GPT、Claude 和 Gemini 聊天，并创作图片和视频。首先，请粘贴 GlobalAI OPC 团队提供给你的 API 密钥。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="37" />
            <source>GlobalAI Desktop logo</source>
            <translation>GlobalAI Desktop 徽标</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="85" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="74" />
            <source>No key yet? The demo runs every tab against a built-in simulator, no account needed.</source>
            <translation>还没有密钥？演示模式下所有标签页都连接内置模拟器，无需账户。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="61" />
            <source>No usable system keyring: {reason}. The key will be kept for this session only; to avoid typing it each time, set the environment variable {var}.</source>
            <translation>没有可用的系统密钥环：{reason}。密钥仅在本次会话中保留；如不想每次都输入，请设置环境变量 {var}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="58" />
            <source>Remember the key (no system keyring available)</source>
            <translation>记住密钥（没有可用的系统密钥环）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="66" />
            <source>Remember the key in the system keyring</source>
            <translation>在系统密钥环中记住密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="78" />
            <source>Save and Continue</source>
            <translation>保存并继续</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="68" />
            <source>Stored by: {name}. The key is never written to settings or logs.</source>
            <translation>存储位置：{name}。密钥绝不会写入设置或日志。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="82" />
            <source>Try the Demo</source>
            <translation>试用演示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="29" />
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="30" />
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="40" />
            <source>Welcome to GlobalAI Desktop</source>
            <translation>欢迎使用 GlobalAI Desktop</translation>
        </message>
    </context>
    <context>
        <name>GalleryDelegate</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery_delegate.py" line="199" />
            <source>File missing</source>
            <translation>文件丢失</translation>
        </message>
    </context>
    <context>
        <name>GalleryModel</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery_model.py" line="103" />
            <source>Image: {prompt}</source>
            <translation>图片：{prompt}</translation>
        </message>
    </context>
    <context>
        <name>GalleryView</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="49" />
            <source>Arrow keys move between images, Enter opens one in the preview, Delete deletes it, Ctrl+C copies it, the Menu key shows what else can be done.</source>
            <translation>方向键在图片之间移动，Enter 在预览中打开，Delete 删除，Ctrl+C 复制，菜单键显示更多操作。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="228" />
            <source>Describe a picture on the left and press Generate. Finished images appear here, newest first.</source>
            <translation>在左侧描述一张图片并点击“生成”。生成的图片会显示在这里，最新的排在最前面。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="48" />
            <source>Gallery of generated images</source>
            <translation>生成图片的画廊</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="225" />
            <source>No images match “{text}”</source>
            <translation>没有与“{text}”匹配的图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="227" />
            <source>No images yet</source>
            <translation>还没有图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="226" />
            <source>Try other words, or clear the filter to see every image.</source>
            <translation>换个关键词试试，或清除筛选以查看所有图片。</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="239" />
            <source>Delete this video</source>
            <translation>删除此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="340" />
            <source>Delete this video and its file?

{0}</source>
            <translation>删除此视频及其文件？

{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="339" />
            <source>Delete video</source>
            <translation>删除视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="238" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="233" />
            <source>Fill the form with this video's prompt and settings</source>
            <translation>用此视频的提示词和设置填写表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="168" />
            <source>Filter by prompt…</source>
            <translation>按提示词筛选…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="167" />
            <source>Filter videos by prompt</source>
            <translation>按提示词筛选视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="182" />
            <source>Generated videos</source>
            <translation>已生成的视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="372" />
            <source>Made</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="371" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="229" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="229" />
            <source>Play this video</source>
            <translation>播放此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="218" />
            <source>Prompt of the selected video</source>
            <translation>所选视频的提示词</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="232" />
            <source>Reuse settings</source>
            <translation>复用设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="361" />
            <source>Select a video to see its prompt and settings.</source>
            <translation>选择一个视频以查看其提示词和设置。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="235" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="236" />
            <source>Show this video in its folder</source>
            <translation>在文件夹中显示此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="373" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="155" />
            <source>Video history</source>
            <translation>视频历史记录</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="373" />
            <source>{0:.1f} MB</source>
            <translation>{0:.1f} MB</translation>
        </message>
    </context>
    <context>
        <name>ImageActions</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="80" />
            <source>Add this image's link to the reference images</source>
            <translation>将此图片的链接添加到参考图</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="81" />
            <source>Animate</source>
            <translation>生成视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="70" />
            <source>Copy image</source>
            <translation>复制图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="72" />
            <source>Copy prompt</source>
            <translation>复制提示词</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="71" />
            <source>Copy the image to the clipboard</source>
            <translation>将图片复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="73" />
            <source>Copy the image's prompt as text</source>
            <translation>以文本形式复制图片的提示词</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="205" />
            <source>Could not delete {name}: {reason}</source>
            <translation>无法删除 {name}：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="198" />
            <source>Delete images</source>
            <translation>删除图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="84" />
            <source>Delete the image from your disk</source>
            <translation>从磁盘中删除这张图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="196" />
            <source>Delete these {n} images?

Their files are removed from your disk.</source>
            <translation>删除这 {n} 张图片？

它们的文件将从磁盘中删除。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="193" />
            <source>Delete this image?

{name}

The file is removed from your disk.</source>
            <translation>删除此图片？

{name}

文件将从磁盘中删除。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="83" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="77" />
            <source>Fill the form with this image's prompt and settings</source>
            <translation>用此图片的提示词和设置填写表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="172" />
            <source>Image copied to the clipboard.</source>
            <translation>图片已复制到剪贴板。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="232" />
            <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.webp);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="82" />
            <source>Open the Video tab with this image as the first frame</source>
            <translation>打开“视频”标签页，以此图片作为首帧</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="75" />
            <source>Open the folder that holds this file</source>
            <translation>打开此文件所在的文件夹</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="180" />
            <source>Prompt copied to the clipboard.</source>
            <translation>提示词已复制到剪贴板。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="76" />
            <source>Reuse settings</source>
            <translation>复用设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="69" />
            <source>Save a copy of the image elsewhere</source>
            <translation>将图片另存一份到其他位置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="68" />
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="231" />
            <source>Save image as</source>
            <translation>图片另存为</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="157" />
            <source>Saved a copy as {name}.</source>
            <translation>已另存副本为 {name}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="74" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="138" />
            <source>That did not work: {reason}</source>
            <translation>操作失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="166" />
            <source>The image file is missing or cannot be read.</source>
            <translation>图片文件丢失或无法读取。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="118" />
            <source>The server link of this image has expired; it can no longer be sent as a reference.</source>
            <translation>此图片的服务器链接已过期，无法再作为参考图发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="120" />
            <source>This image has no server link, so it cannot be sent.</source>
            <translation>这张图片没有服务器链接，因此无法发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="78" />
            <source>Use as reference</source>
            <translation>用作参考图</translation>
        </message>
    </context>
    <context>
        <name>ImageDetails</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="197" />
            <source>(no prompt)</source>
            <translation>（无提示词）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="48" />
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="46" />
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="93" />
            <source>1 link</source>
            <translation>1 个链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="43" />
            <source>1 minute</source>
            <translation>1 分钟</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="243" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="133" />
            <location filename="../../globalai_desktop/ui/image/details.py" line="135" />
            <location filename="../../globalai_desktop/ui/image/details.py" line="173" />
            <source>Copy prompt</source>
            <translation>复制提示词</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="134" />
            <source>Copy the prompt to the clipboard</source>
            <translation>将提示词复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="208" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="62" />
            <source>Expired {duration} ago. The file on your disk is yours to keep.</source>
            <translation>已于 {duration}前过期。磁盘上的文件仍由你保留。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="115" />
            <source>Image details</source>
            <translation>图片详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="156" />
            <source>Image facts</source>
            <translation>图片信息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="199" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="55" />
            <source>None: this image cannot be sent as a reference.</source>
            <translation>无：这张图片无法作为参考图发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="95" />
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="95" />
            <source>On</source>
            <translation>开</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="128" />
            <location filename="../../globalai_desktop/ui/image/details.py" line="144" />
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="209" />
            <source>Server link</source>
            <translation>服务器链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="207" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="74" />
            <source>Today, {time}</source>
            <translation>今天 {time}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="59" />
            <source>Usable as a reference for about {duration}.</source>
            <translation>大约 {duration}内可用作参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="58" />
            <source>Usable as a reference.</source>
            <translation>可用作参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="76" />
            <source>Yesterday, {time}</source>
            <translation>昨天 {time}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="40" />
            <source>less than a minute</source>
            <translation>不到 1 分钟</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="77" />
            <source>{date}, {time}</source>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="48" />
            <source>{n} days</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="46" />
            <source>{n} hours</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="93" />
            <source>{n} links</source>
            <translation>{n} 个链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="43" />
            <source>{n} minutes</source>
            <translation>{n} 分钟</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/details.py" line="84" />
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
    </context>
    <context>
        <name>ImagePreview</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="134" />
            <source>Actual pixels</source>
            <translation>实际像素</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="135" />
            <source>Actual pixels, 100%</source>
            <translation>实际像素，100%</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="132" />
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="132" />
            <source>Fit to the window</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="96" />
            <source>Image actions</source>
            <translation>图片操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="89" />
            <source>Image details</source>
            <translation>图片详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="215" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="64" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="74" />
            <source>Preview tools</source>
            <translation>预览工具</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="194" />
            <source>Select an image to preview it.
Double-click or press Enter to zoom with the keyboard.</source>
            <translation>选择一张图片进行预览。
双击或按 Enter 后可用键盘缩放。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="242" />
            <source>This image file is missing or cannot be read.</source>
            <translation>此图片文件丢失或无法读取。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="163" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="144" />
            <source>Zoom level</source>
            <translation>缩放比例</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="145" />
            <source>Zoom level: click for presets</source>
            <translation>缩放比例：点击选择预设</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="139" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="155" />
            <location filename="../../globalai_desktop/ui/image/preview.py" line="254" />
            <source>{pct}%</source>
            <translation>{pct}%</translation>
        </message>
    </context>
    <context>
        <name>ImageTab</name>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="269" />
            <source>1 image</source>
            <translation>1 张图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="313" />
            <source>Added as a reference image.</source>
            <translation>已添加为参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="101" />
            <source>Create an image</source>
            <translation>创建图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="137" />
            <source>Filter by prompt…</source>
            <translation>按提示词筛选…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="136" />
            <source>Filter images by prompt</source>
            <translation>按提示词筛选图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="201" />
            <source>Fix the settings above, then press Generate.</source>
            <translation>请先修正上方的设置，再点击“生成”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="114" />
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="217" />
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="116" />
            <source>Generate image</source>
            <translation>生成图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="68" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="301" />
            <source>Prompt and settings restored.</source>
            <translation>已恢复提示词和设置。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="117" />
            <source>Send the prompt (Ctrl+Enter)</source>
            <translation>发送提示词 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="205" />
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="221" />
            <source>Sent. The image appears in the gallery when it is ready.</source>
            <translation>已发送。图片生成后会显示在画廊中。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="330" />
            <source>The Video tab could not take this image.</source>
            <translation>“视频”标签页无法使用此图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="327" />
            <source>The Video tab is not available.</source>
            <translation>“视频”标签页不可用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="303" />
            <source>The model {model} is no longer offered; only the prompt was restored.</source>
            <translation>模型 {model} 已不再提供，仅恢复了提示词。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="321" />
            <source>This image's server link has expired, so it cannot be sent to the Video tab.</source>
            <translation>此图片的服务器链接已过期，无法发送到“视频”标签页。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="309" />
            <source>This image's server link has expired, so it cannot be used as a reference.</source>
            <translation>此图片的服务器链接已过期，无法用作参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="315" />
            <source>This model's reference list is full or it takes no reference images.</source>
            <translation>此模型的参考图已满，或不支持参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="375" />
            <source>finish the image action</source>
            <translation>完成图片操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="269" />
            <source>{n} images</source>
            <translation>{n} 张图片</translation>
        </message>
    </context>
    <context>
        <name>Keyring</name>
        <message>
            <location filename="../../globalai_desktop/storage/secrets.py" line="63" />
            <source>Could not read the key from the keyring ({detail}).</source>
            <translation>无法从密钥环读取密钥（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/secrets.py" line="65" />
            <source>Could not remove the key from the keyring ({detail}).</source>
            <translation>无法从密钥环中删除密钥（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/secrets.py" line="64" />
            <source>Could not save the key in the keyring ({detail}).</source>
            <translation>无法将密钥保存到密钥环（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/secrets.py" line="62" />
            <source>The keyring cannot be used: {refusal}.</source>
            <translation>无法使用密钥环：{refusal}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/secrets.py" line="58" />
            <source>it would store the key in a plain file</source>
            <translation>它会把密钥保存在普通文件中</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/secrets.py" line="59" />
            <source>no keyring service is available on this system</source>
            <translation>此系统上没有可用的密钥环服务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/keyring_reason.py" line="21" />
            <source>not checked</source>
            <translation>尚未检查</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/secrets.py" line="57" />
            <source>not used in demo mode</source>
            <translation>演示模式下不使用</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/secrets.py" line="60" />
            <source>the keyring service reports it cannot be used here</source>
            <translation>密钥环服务报告无法在此使用</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="186" />
            <source>&amp;About GlobalAI Desktop</source>
            <translation>关于 GlobalAI Desktop(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="143" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="167" />
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="178" />
            <source>&amp;Documentation</source>
            <translation>文档(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="136" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="117" />
            <source>&amp;Export Conversation…</source>
            <translation>导出对话(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="111" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="176" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="114" />
            <source>&amp;Import Conversation…</source>
            <translation>导入对话(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="167" />
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="144" />
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="131" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="140" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="125" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="162" />
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="139" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="155" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="41" />
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="142" />
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="166" />
            <source>Follow the &amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="53" />
            <location filename="../../globalai_desktop/ui/main_window.py" line="54" />
            <location filename="../../globalai_desktop/ui/main_window.py" line="250" />
            <source>GlobalAI Desktop</source>
            <translation>GlobalAI Desktop</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="41" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="182" />
            <source>Open &amp;Log Folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="146" />
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="87" />
            <source>The {title} tab could not be loaded: {error}
The details are in the log file (Help ▸ Open Log Folder).</source>
            <translation>无法加载“{title}”标签页：{error}
详细信息见日志文件（帮助 ▸ 打开日志文件夹）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="42" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="69" />
            <source>Workspaces</source>
            <translation>工作区</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="251" />
            <source>{title} — Demo</source>
            <translation>{title} — 演示</translation>
        </message>
    </context>
    <context>
        <name>MaskedKeyField</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/common.py" line="51" />
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/common.py" line="66" />
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/common.py" line="56" />
            <location filename="../../globalai_desktop/ui/dialogs/common.py" line="66" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/common.py" line="58" />
            <source>Show or hide the API key</source>
            <translation>显示或隐藏 API 密钥</translation>
        </message>
    </context>
    <context>
        <name>MessageListView</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="64" />
            <source>Conversation</source>
            <translation>对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="79" />
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="373" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="89" />
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="91" />
            <source>Show earlier messages</source>
            <translation>显示更早的消息</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="258" />
            <source>(broken image)</source>
            <translation>（图片已损坏）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="202" />
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="64" />
            <source>Assistant reply</source>
            <translation>助手回复</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="122" />
            <source>Attached image {name}</source>
            <translation>已附加图片 {name}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="360" />
            <source>Code copied.</source>
            <translation>代码已复制。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="143" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="143" />
            <source>Copy this message</source>
            <translation>复制此消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="145" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="146" />
            <source>Edit this message and send it again</source>
            <translation>编辑此消息并重新发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="350" />
            <source>Message copied.</source>
            <translation>消息已复制。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="185" />
            <source>Message text</source>
            <translation>消息内容</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="151" />
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="148" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="149" />
            <source>Send this again</source>
            <translation>重新发送此消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="152" />
            <source>Write this reply again</source>
            <translation>重新生成此回复</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="199" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="64" />
            <source>Your message</source>
            <translation>你的消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="295" />
            <source>in {n}</source>
            <translation>输入 {n}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="273" />
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="274" />
            <source>not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="297" />
            <source>out {n}</source>
            <translation>输出 {n}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="272" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="271" />
            <source>writing…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="298" />
            <source>{total} tokens</source>
            <translation>{total} token</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/model_picker.py" line="25" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/model_picker.py" line="26" />
            <source>Model for this conversation</source>
            <translation>此对话使用的模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/model_picker.py" line="73" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/model_picker.py" line="80" />
            <source>{id} — not in the model catalog</source>
            <translation>{id} — 不在模型目录中</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message numerus="yes">
            <location filename="../../globalai_desktop/ui/notification_bar.py" line="89" />
            <source> (×%n)</source>
            <translation>
                <numerusform> (×%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/notification_bar.py" line="73" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/notification_bar.py" line="72" />
            <source>Dismiss notification</source>
            <translation>关闭通知</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/notification_bar.py" line="44" />
            <source>Notification</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/notification_bar.py" line="56" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/header.py" line="56" />
            <source>Chat notice</source>
            <translation>聊天提示</translation>
        </message>
    </context>
    <context>
        <name>NotificationBar</name>
        <message>
            <location filename="../../globalai_desktop/ui/notification_bar.py" line="112" />
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../globalai_desktop/services/notify.py" line="104" />
            <source>GlobalAI Desktop</source>
            <translation>GlobalAI Desktop</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="125" />
            <source>Full screen</source>
            <translation>全屏</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="124" />
            <source>Full screen (F)</source>
            <translation>全屏 (F)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="106" />
            <source>Loop</source>
            <translation>循环</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="111" />
            <source>Mute</source>
            <translation>静音</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="110" />
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="158" />
            <source>Mute (M)</source>
            <translation>静音 (M)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="156" />
            <source>No sound output device is available</source>
            <translation>没有可用的音频输出设备</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="142" />
            <source>Pause (Space)</source>
            <translation>暂停 (Space)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="93" />
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="142" />
            <source>Play (Space)</source>
            <translation>播放 (Space)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="107" />
            <source>Play in a loop</source>
            <translation>循环播放</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="94" />
            <source>Play or pause</source>
            <translation>播放或暂停</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="89" />
            <source>Playback controls</source>
            <translation>播放控件</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="97" />
            <source>Playback position</source>
            <translation>播放位置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="100" />
            <source>Seek</source>
            <translation>跳转</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="101" />
            <source>Seek (Left/Right: 5 seconds; , and . step one frame)</source>
            <translation>跳转（←/→：5 秒；, 和 .：逐帧）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="122" />
            <source>Use the current frame as the poster in the lists</source>
            <translation>将当前帧设为列表中的封面</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="121" />
            <source>Use this frame as the poster</source>
            <translation>将此帧设为封面</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="105" />
            <source>Video length</source>
            <translation>视频时长</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="115" />
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="116" />
            <location filename="../../globalai_desktop/ui/video/player_controls.py" line="156" />
            <source>Volume</source>
            <translation>音量</translation>
        </message>
    </context>
    <context>
        <name>PlayerHeader</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="101" />
            <source>Could not save the video to {0}: {1}</source>
            <translation>无法将视频保存到 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="72" />
            <source>MP4 video (*.mp4);;All files (*)</source>
            <translation>MP4 视频 (*.mp4);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="87" />
            <source>No application is set up to open MP4 videos.</source>
            <translation>没有设置用于打开 MP4 视频的应用程序。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="46" />
            <source>Open in player</source>
            <translation>用播放器打开</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="47" />
            <source>Open this video in your system's video player</source>
            <translation>用系统视频播放器打开此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="43" />
            <source>Save a copy of this video</source>
            <translation>保存此视频的副本</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="43" />
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="71" />
            <source>Save video as</source>
            <translation>视频另存为</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="104" />
            <source>Saved a copy to {0}</source>
            <translation>已保存副本到 {0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="50" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="51" />
            <source>Show this video in its folder</source>
            <translation>在文件夹中显示此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player_header.py" line="36" />
            <source>Title of the video in the player</source>
            <translation>播放器中视频的标题</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="75" />
            <source>No videos yet. Describe a scene and press Generate; it appears here while it is made.</source>
            <translation>还没有视频。描述一个场景并点击“生成”，视频生成期间会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="54" />
            <source>Queue summary</source>
            <translation>队列概况</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="56" />
            <source>Show finished</source>
            <translation>显示已完成</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="58" />
            <source>Show finished tasks in the queue</source>
            <translation>在队列中显示已完成的任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="42" />
            <source>Video queue</source>
            <translation>视频队列</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="66" />
            <source>Video tasks</source>
            <translation>视频任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="161" />
            <source>{0} need attention</source>
            <translation>{0} 个需要处理</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="159" />
            <source>{0} ready</source>
            <translation>{0} 个已就绪</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/queue_panel.py" line="159" />
            <source>{0} running</source>
            <translation>{0} 个进行中</translation>
        </message>
    </context>
    <context>
        <name>SettingField</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_fields.py" line="155" />
            <source>%s: %s</source>
            <translation>%s：%s</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_fields.py" line="182" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_fields.py" line="57" />
            <source>Browse for %s</source>
            <translation>浏览选择%s</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_fields.py" line="55" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_fields.py" line="104" />
            <source>Catalog default</source>
            <translation>模型目录默认</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_fields.py" line="181" />
            <source>Certificates and catalogs (*.pem *.crt *.json)</source>
            <translation>证书和目录 (*.pem *.crt *.json)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_fields.py" line="67" />
            <source>Takes effect the next time the app starts.</source>
            <translation>下次启动应用时生效。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_fields.py" line="69" />
            <source>{text} {note}</source>
            <translation>{text}{note}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="103" />
            <source>A PEM file of additional trusted certificate authorities (optional).</source>
            <translation>包含额外受信任证书颁发机构的 PEM 文件（可选）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="127" />
            <source>A catalog file that adds or updates models (usually provided by an administrator).</source>
            <translation>用于添加或更新模型的目录文件（通常由管理员提供）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="80" />
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="88" />
            <source>Base URL for images, videos and task results.</source>
            <translation>图片、视频和任务结果的基础 URL。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="85" />
            <source>Base URL of the chat gateway (GPT, Claude, Gemini).</source>
            <translation>聊天网关的基础 URL（GPT、Claude、Gemini）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="111" />
            <source>Chat model</source>
            <translation>聊天模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="105" />
            <source>Connect timeout (s)</source>
            <translation>连接超时（秒）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="121" />
            <source>Ctrl+Enter (Enter adds a new line)</source>
            <translation>Ctrl+Enter（Enter 换行）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="94" />
            <source>Custom proxy</source>
            <translation>自定义代理</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="131" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="122" />
            <source>Enter (Shift+Enter adds a new line)</source>
            <translation>Enter（Shift+Enter 换行）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="102" />
            <source>Extra CA certificates</source>
            <translation>额外的 CA 证书</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="126" />
            <source>Extra model catalog</source>
            <translation>额外的模型目录</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="130" />
            <location filename="../../globalai_desktop/storage/settings.py" line="135" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="96" />
            <source>For a custom proxy, e.g. http://proxy.example.com:3128.</source>
            <translation>用于自定义代理，例如 http://proxy.example.com:3128。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="79" />
            <source>Generation</source>
            <translation>生成</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="109" />
            <source>How long a silent response may take before it counts as failed.</source>
            <translation>响应无数据多久后视为失败。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="106" />
            <source>How long to wait for a host to answer the connection.</source>
            <translation>等待主机响应连接的时长。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="91" />
            <source>How requests reach the internet.</source>
            <translation>请求如何访问互联网。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="113" />
            <source>Image model</source>
            <translation>图片模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="133" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="134" />
            <source>Language of the interface.</source>
            <translation>界面显示的语言。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="130" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="87" />
            <source>Media host</source>
            <translation>媒体主机</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="123" />
            <source>Media library folder</source>
            <translation>媒体库文件夹</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="112" />
            <source>Model selected for new conversations.</source>
            <translation>新对话默认使用的模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="114" />
            <source>Model selected when the Image tab opens.</source>
            <translation>打开“图片”标签页时选中的模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="117" />
            <source>Model selected when the Video tab opens.</source>
            <translation>打开“视频”标签页时选中的模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="100" />
            <source>Needed behind company proxies that inspect HTTPS traffic. Otherwise the certificate list shipped with the app is used.</source>
            <translation>在会检查 HTTPS 流量的公司代理后面需要启用。否则使用应用自带的证书列表。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="78" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="93" />
            <source>No proxy (direct connection)</source>
            <translation>不使用代理（直接连接）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="90" />
            <source>Proxy</source>
            <translation>代理</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="95" />
            <source>Proxy address</source>
            <translation>代理地址</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="108" />
            <source>Read timeout (s)</source>
            <translation>读取超时（秒）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="119" />
            <source>Send a chat message with</source>
            <translation>发送聊天消息的按键</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="77" />
            <source>Servers</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="84" />
            <source>Text host</source>
            <translation>文本主机</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="129" />
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="99" />
            <source>Trust the certificates installed in the operating system</source>
            <translation>信任操作系统中安装的证书</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="92" />
            <source>Use the system proxy settings</source>
            <translation>使用系统代理设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="116" />
            <source>Video model</source>
            <translation>视频模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/storage/settings.py" line="124" />
            <source>Where generated images and videos are saved. Leave empty for the default folder.</source>
            <translation>生成的图片和视频的保存位置。留空则使用默认文件夹。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="72" />
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="83" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="221" />
            <source>Choose “Keep it for this session only” to use the key now.</source>
            <translation>选择“仅在本次会话中保留”即可立即使用此密钥。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="128" />
            <source>Demo mode: requests go to the built-in simulator. These addresses are used when you start the app normally.</source>
            <translation>演示模式：请求发送到内置模拟器。正常启动应用时才会使用这些地址。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="272" />
            <source>Media host</source>
            <translation>媒体主机</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="82" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="85" />
            <source>Restore Defaults</source>
            <translation>恢复默认值</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="152" />
            <source>Set by the environment variable {var} for this session.</source>
            <translation>本次会话由环境变量 {var} 设置。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="150" />
            <source>Set by your administrator; it cannot be changed here.</source>
            <translation>由管理员设置，无法在此更改。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="155" />
            <source>Set on the command line for this session.</source>
            <translation>本次会话由命令行参数设置。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="53" />
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="54" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="63" />
            <source>Settings pages</source>
            <translation>设置页面</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="267" />
            <source>Testing both hosts…</source>
            <translation>正在测试两个主机…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="272" />
            <source>Text host</source>
            <translation>文本主机</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="279" />
            <source>The test could not run: {e}</source>
            <translation>无法进行测试：{e}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="163" />
            <source>This address uses plain http: your API key and your messages travel unencrypted. Use an https address if your gateway offers one.</source>
            <translation>此地址使用未加密的 http：你的 API 密钥和消息将以明文传输。如果网关支持，请使用 https 地址。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="190" />
            <source>enter the proxy address, e.g. http://proxy.example.com:3128</source>
            <translation>请输入代理地址，例如 http://proxy.example.com:3128</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/settings_dialog.py" line="139" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="354" />
            <source>Administrator file</source>
            <translation>管理员配置文件</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="355" />
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="245" />
            <source>Demo mode: everything is answered by a built-in simulator. Nothing is sent to GlobalAI and nothing is billed.</source>
            <translation>演示模式：所有请求都由内置模拟器应答，不会发送到 GlobalAI，也不会产生费用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="358" />
            <source>Keyring</source>
            <translation>密钥环</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="357" />
            <source>Log folder</source>
            <translation>日志文件夹</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="356" />
            <source>Media library</source>
            <translation>媒体库</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="360" />
            <source>Model catalog</source>
            <translation>模型目录</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="353" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="151" />
            <source>The model catalog file {file} could not be used ({reason}). The built-in catalog is in use.</source>
            <translation>无法使用模型目录文件 {file}（{reason}），已改用内置目录。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="359" />
            <source>none usable</source>
            <translation>无可用密钥环</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="349" />
            <source>{file} (in use)</source>
            <translation>{file}（使用中）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="350" />
            <source>{file} (none)</source>
            <translation>{file}（不存在）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="349" />
            <source>{file} ({error})</source>
            <translation>{file}（{error}）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="272" />
            <source>{reason} The key is kept for this session only.</source>
            <translation>{reason} 密钥仅在本次会话中保留。</translation>
        </message>
    </context>
    <context>
        <name>TaskCard</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="163" />
            <source>(no prompt)</source>
            <translation>（无提示词）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="118" />
            <source>Check again</source>
            <translation>再次检查</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="119" />
            <source>Check on this task again</source>
            <translation>再次检查此任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="77" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="129" />
            <source>More actions</source>
            <translation>更多操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="128" />
            <source>More actions for this task</source>
            <translation>此任务的更多操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="114" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="115" />
            <source>Play this video</source>
            <translation>播放此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="138" />
            <source>Remove from the queue</source>
            <translation>从队列中移除</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="76" />
            <source>Resubmit</source>
            <translation>重新提交</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="136" />
            <source>Resubmit as a new task…</source>
            <translation>作为新任务重新提交…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="122" />
            <source>Resubmit…</source>
            <translation>重新提交…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="76" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="123" />
            <source>Send the same request again as a new task</source>
            <translation>将相同的请求作为新任务再次发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="75" />
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="134" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="117" />
            <source>Stop checking on this task</source>
            <translation>停止检查此任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="75" />
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="116" />
            <source>Stop tracking</source>
            <translation>停止跟踪</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="63" />
            <source>Task progress</source>
            <translation>任务进度</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="116" />
            <source>Task: {state}, {prompt}</source>
            <translation>任务：{state}，{prompt}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="215" />
            <source>took {0}</source>
            <translation>耗时 {0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="167" />
            <source>{0} video task, {1}: {2}</source>
            <translation>{0} 视频任务，{1}：{2}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="212" />
            <source>{0} · usually {1}</source>
            <translation>{0} · 通常需要 {1}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="162" />
            <source>{0} · {1}
{2}</source>
            <translation>{0} · {1}
{2}</translation>
        </message>
    </context>
    <context>
        <name>TaskService</name>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="240" />
            <source>Could not reach the server, so nothing was sent. Check the connection and press Resubmit.</source>
            <translation>无法连接服务器，请求未发送。请检查网络连接后点击“重新提交”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="414" />
            <source>Expired: the server no longer keeps this result (results are kept for a limited time, about a day).</source>
            <translation>已过期：服务器已不再保留此结果（结果仅保留有限时间，约一天）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="341" />
            <source>Failed: {reason}</source>
            <translation>失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="399" />
            <source>Network unavailable while saving; trying again in {s} s.</source>
            <translation>保存时网络不可用，{s} 秒后重试。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="309" />
            <source>Network unavailable; the task is kept and checked again in {s} s.</source>
            <translation>网络不可用，任务已保留，{s} 秒后再次检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="292" />
            <source>Paused: {reason} Polling resumes after you fix it.</source>
            <translation>已暂停：{reason} 问题解决后将继续查询。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="365" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="202" />
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="467" />
            <source>The app closed while this request was being sent. The task may exist on the server and may be billed; it was not sent again.</source>
            <translation>发送此请求时应用已关闭。该任务可能已在服务器上创建并可能产生费用，因此没有重新发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="469" />
            <source>The request was sent but no answer came back. The task may exist on the server and may be billed, so it was not sent again. Check your account before you resubmit.</source>
            <translation>请求已发出，但没有收到应答。该任务可能已在服务器上创建并可能产生费用，因此没有重新发送。重新提交前请先检查你的账户。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="395" />
            <source>The result could not be downloaded: {reason}</source>
            <translation>无法下载结果：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="389" />
            <source>The result could not be saved: {reason}</source>
            <translation>无法保存结果：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="302" />
            <source>The server asked to slow down; checking again in {s} s.</source>
            <translation>服务器要求降低请求频率，{s} 秒后再次检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="345" />
            <source>The server cancelled this task.</source>
            <translation>服务器已取消此任务。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="316" />
            <source>The server had a problem ({reason}); checking again in {s} s.</source>
            <translation>服务器出现问题（{reason}），{s} 秒后再次检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="243" />
            <source>The server refused the request: {reason}</source>
            <translation>服务器拒绝了请求：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="339" />
            <source>The server reported a failure without a reason.</source>
            <translation>服务器报告失败，但未说明原因。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="333" />
            <source>The server said the task completed but sent no link to the result.</source>
            <translation>服务器报告任务已完成，但没有返回结果链接。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="266" />
            <source>Tracking stopped after an unexpected error ({reason}). Use Resume to check it again.</source>
            <translation>发生意外错误（{reason}），已停止跟踪。可点击“继续”重新检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="163" />
            <source>You stopped tracking this task.</source>
            <translation>你已停止跟踪此任务。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="294" />
            <source>check on the generation task</source>
            <translation>查询生成任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="247" />
            <source>start the generation</source>
            <translation>开始生成</translation>
        </message>
    </context>
    <context>
        <name>TaskStrip</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="148" />
            <source>Generation tasks</source>
            <translation>生成任务</translation>
        </message>
    </context>
    <context>
        <name>TextEditor</name>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="101" />
            <source>{n} / {max} characters</source>
            <translation>{n} / {max} 个字符</translation>
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/time_text.py" line="29" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} 小时 {m:02d} 分</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/time_text.py" line="26" />
            <source>{s} s</source>
            <translation>{s} 秒</translation>
        </message>
    </context>
    <context>
        <name>UrlListEditor</name>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="267" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="269" />
            <source>Add link to {label}</source>
            <translation>向{label}添加链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="263" />
            <source>New link for {label}</source>
            <translation>{label}的新链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="287" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="289" />
            <source>Remove selected links</source>
            <translation>移除所选链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="343" />
            <source>{n} links</source>
            <translation>{n} 个链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="339" />
            <source>{n} of 1 link</source>
            <translation>{n} / 1 个链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="341" />
            <source>{n} of {max} links</source>
            <translation>{n} / {max} 个链接</translation>
        </message>
    </context>
    <context>
        <name>VideoFormPanel</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="175" />
            <source>About this model family</source>
            <translation>关于此模型系列</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="334" />
            <source>About {0}</source>
            <translation>关于 {0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="290" />
            <source>Added {0} to “{1}”.</source>
            <translation>已将 {0} 添加到“{1}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="341" />
            <source>Checked every {0} s while it is being made. The server keeps the result {1}; it is saved to your library as soon as it is ready.</source>
            <translation>生成期间每 {0} 秒检查一次。服务器会保留结果{1}；结果一旦就绪就会保存到你的媒体库。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="340" />
            <source>Cost: {0}</source>
            <translation>费用：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="154" />
            <source>Faces and avatars must be registered (Assets tab) and approved before use.</source>
            <translation>人脸和虚拟形象必须先登记（“素材”标签页）并通过审核才能使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="221" />
            <source>Fix the settings listed above; nothing was sent.</source>
            <translation>请修正上面列出的设置；请求未发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="189" />
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="191" />
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="211" />
            <source>Generate video</source>
            <translation>生成视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="123" />
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="131" />
            <source>New video</source>
            <translation>新建视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="298" />
            <source>No approved assets for this model yet. Register one in the Assets tab; it can be used once the review approves it.</source>
            <translation>此模型还没有通过审核的素材。请在“素材”标签页中登记，审核通过后即可使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="153" />
            <source>Put an approved asset into the form</source>
            <translation>将已通过审核的素材填入表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="192" />
            <source>Send this request (Ctrl+Enter)</source>
            <translation>发送此请求 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="211" />
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="186" />
            <source>Submission status</source>
            <translation>提交状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="256" />
            <source>The image is set as “{0}” for {1}.</source>
            <translation>图片已设为 {1} 的“{0}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="231" />
            <source>The model {0} is no longer offered; choose another one.</source>
            <translation>模型 {0} 已不再提供，请选择其他模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="269" />
            <source>This model does not take registered assets; choose a Seedance or SD2 Manxue model.</source>
            <translation>此模型不支持已登记的素材，请选择 Seedance 或 SD2 Manxue 模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="337" />
            <source>Typical wait: {0}.</source>
            <translation>通常需要等待：{0}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="151" />
            <source>Use a registered asset…</source>
            <translation>使用已登记的素材…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="283" />
            <source>“{0}” is full ({1} at most).</source>
            <translation>“{0}”已满（最多 {1} 个）。</translation>
        </message>
    </context>
    <context>
        <name>VideoPlayback</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/multimedia.py" line="51" />
            <source>Video playback is turned off on this computer ({0} is set). Videos are still saved; open them in your system player.</source>
            <translation>此计算机已关闭视频播放（已设置 {0}）。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/multimedia.py" line="71" />
            <source>Video playback is unavailable: no multimedia backend could be loaded on this computer. Videos are still saved; open them in your system player.</source>
            <translation>视频播放不可用：此计算机上无法加载任何多媒体后端。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/multimedia.py" line="58" />
            <source>Video playback is unavailable: the Qt Multimedia module could not be loaded ({0}). Videos are still saved; open them in your system player.</source>
            <translation>视频播放不可用：无法加载 Qt Multimedia 模块（{0}）。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/multimedia.py" line="67" />
            <source>Video playback is unavailable: the multimedia backend failed to start ({0}). Videos are still saved; open them in your system player.</source>
            <translation>视频播放不可用：多媒体后端启动失败（{0}）。视频仍会保存，可用系统播放器打开。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/multimedia.py" line="78" />
            <source>Video playback is unavailable: this computer's multimedia backend cannot decode MP4 video. Videos are still saved; open them in your system player.</source>
            <translation>视频播放不可用：此计算机的多媒体后端无法解码 MP4 视频。视频仍会保存，可用系统播放器打开。</translation>
        </message>
    </context>
    <context>
        <name>VideoPlayer</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/player.py" line="405" />
            <source>Poster set to the frame at {0}.</source>
            <translation>已将 {0} 处的画面设为封面。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player.py" line="87" />
            <source>Select a finished video in the queue or the history to play it here.</source>
            <translation>在队列或历史记录中选择一个已完成的视频，即可在此播放。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player.py" line="390" />
            <source>This video could not be played: {0}</source>
            <translation>无法播放此视频：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player.py" line="314" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player.py" line="84" />
            <location filename="../../globalai_desktop/ui/video/player.py" line="139" />
            <source>Video picture</source>
            <translation>视频画面</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player.py" line="77" />
            <source>Video picture and controls</source>
            <translation>视频画面和控件</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player.py" line="48" />
            <source>Video player</source>
            <translation>视频播放器</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/player.py" line="391" />
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
    </context>
    <context>
        <name>VideoTab</name>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="115" />
            <source>Assets</source>
            <translation>素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="114" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="110" />
            <source>History and assets</source>
            <translation>历史记录和素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="124" />
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="293" />
            <source>Resubmit video</source>
            <translation>重新提交视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="288" />
            <source>Send the same request again as a new task?

It is generated and billed again.</source>
            <translation>将相同的请求作为新任务再次发送？

它会重新生成并再次计费。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="343" />
            <source>Sent. Follow it in the queue; you can keep working.</source>
            <translation>已发送。可在队列中查看进度，你可以继续其他工作。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="208" />
            <source>The file is no longer there: {0}</source>
            <translation>文件已不存在：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="291" />
            <source>The first request may exist on the server and may be billed; check your account first.</source>
            <translation>第一次的请求可能已在服务器上创建并可能产生费用，请先检查你的账户。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="332" />
            <source>The video was not sent. Your prompt and settings are kept.</source>
            <translation>视频请求未发送。你的提示词和设置已保留。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="54" />
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="255" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="254" />
            <source>Video cancelled</source>
            <translation>视频已取消</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="255" />
            <source>Video expired</source>
            <translation>视频已过期</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="253" />
            <source>Video failed</source>
            <translation>视频生成失败</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="252" />
            <source>Video ready</source>
            <translation>视频已就绪</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="100" />
            <source>Video tab message</source>
            <translation>视频标签页消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="282" />
            <source>asset://{0} is in the form.</source>
            <translation>asset://{0} 已填入表单。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="158" />
            <source>check on the task</source>
            <translation>查询任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="161" />
            <source>remove the task</source>
            <translation>移除任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="303" />
            <source>resubmit the video</source>
            <translation>重新提交视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="334" />
            <source>start the video</source>
            <translation>开始生成视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="156" />
            <source>stop tracking the task</source>
            <translation>停止跟踪任务</translation>
        </message>
    </context>
    <context>
        <name>VideoTask</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="31" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="32" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="30" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="27" />
            <source>Generating</source>
            <translation>生成中</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="33" />
            <source>Not tracked</source>
            <translation>未跟踪</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="25" />
            <source>Outcome unknown</source>
            <translation>结果未知</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="26" />
            <source>Queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="29" />
            <source>Ready</source>
            <translation>已就绪</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="28" />
            <source>Saving</source>
            <translation>保存中</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="24" />
            <source>Sending</source>
            <translation>发送中</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_words.py" line="22" />
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
    </context>
    <context>
        <name>ZoomView</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/zoom_view.py" line="51" />
            <source>Image preview</source>
            <translation>图片预览</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/zoom_view.py" line="52" />
            <source>Plus and minus zoom, 0 fits the image, 1 shows actual pixels, arrow keys pan, Escape goes back to the gallery.</source>
            <translation>加号和减号缩放，0 适应图片，1 显示实际像素，方向键平移，Escape 返回画廊。</translation>
        </message>
    </context>
</TS>
