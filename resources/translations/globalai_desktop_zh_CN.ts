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
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n 个链接</numerusform>
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
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
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
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="130" />
            <source>(no prompt)</source>
            <translation>（无提示词）</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <source>1 image</source>
            <translation>1 张图片</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
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
            <source>Add</source>
            <translation>添加</translation>
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
            <source>Audio (wav or mp3)</source>
            <translation>音频（wav 或 mp3）</translation>
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
            <source>Browse for %s</source>
            <translation>浏览选择%s</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="146" />
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
            <source>Checked</source>
            <translation>已检查</translation>
        </message>
        <message>
            <source>Checked every {0} s while it is made (the provider asks for no more often). The server keeps the result {1}; it is saved to your library as soon as it is ready.</source>
            <translation>生成期间每 {0} 秒检查一次（服务商要求不要更频繁）。服务器会保留结果{1}；结果一旦就绪就会保存到你的媒体库。</translation>
        </message>
        <message>
            <source>Checked {0}: {1} approved.</source>
            <translation>已检查 {0} 个：{1} 个已通过。</translation>
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
            <source>Copy reference</source>
            <translation>复制引用</translation>
        </message>
        <message>
            <source>Copy the image to the clipboard</source>
            <translation>将图片复制到剪贴板</translation>
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
            <source>Describe what you want to see…</source>
            <translation>描述你想看到的画面…</translation>
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="144" />
            <source>Done</source>
            <translation>完成</translation>
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="147" />
            <source>Expired</source>
            <translation>已过期</translation>
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="145" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>失败：{reason}</translation>
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
            <source>Fit</source>
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="142" />
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
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>隐藏详情</translation>
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
            <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.webp);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Images ({patterns});;All files (*)</source>
            <translation>图片 ({patterns});;所有文件 (*)</translation>
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
            <source>Input mode</source>
            <translation>输入方式</translation>
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
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Language of the interface.</source>
            <translation>界面显示的语言。</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>稍后</translation>
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
            <source>Not connected yet</source>
            <translation>尚未连接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="148" />
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
            <source>On</source>
            <translation>开</translation>
        </message>
        <message>
            <source>One key works for chat, images and videos. It is never written to settings or logs.</source>
            <translation>同一个密钥可用于聊天、图片和视频，且绝不会写入设置或日志。</translation>
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
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>结果未知</translation>
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
            <source>Problems with these settings</source>
            <translation>这些设置存在问题</translation>
        </message>
        <message>
            <source>Prompt and settings restored.</source>
            <translation>已恢复提示词和设置。</translation>
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
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Queue summary</source>
            <translation>队列概况</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="141" />
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="143" />
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
            <source>Seedance 2.0</source>
            <translation>Seedance 2.0</translation>
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
            <source>Select an image to preview it.</source>
            <translation>选择一张图片进行预览。</translation>
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="139" />
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
            <source>Server link valid for about {h} h (usable as a reference).</source>
            <translation>服务器链接约 {h} 小时内有效（可用作参考图）。</translation>
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
            <source>The model catalog file {file} could not be used ({reason}). The built-in catalog is in use.</source>
            <translation>无法使用模型目录文件 {file}（{reason}），已改用内置目录。</translation>
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
            <source>The server link has expired; the file here is yours to keep.</source>
            <translation>服务器链接已过期；本地文件仍可保留。</translation>
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
            <source>Title of the video in the player</source>
            <translation>播放器中视频的标题</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="140" />
            <source>Unknown outcome</source>
            <translation>结果未知</translation>
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
            <source>Use in form</source>
            <translation>填入表单</translation>
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
            <source>Volume</source>
            <translation>音量</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="137" />
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
            <source>Workspaces</source>
            <translation>工作区</translation>
        </message>
        <message>
            <source>Write this reply again</source>
            <translation>重新生成此回复</translation>
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
            <source>Your images will appear here.
Write a prompt and press Generate.</source>
            <translation>生成的图片会显示在这里。
输入提示词，然后点击“生成”。</translation>
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
            <source>Zoom in (+)</source>
            <translation>放大 (+)</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>缩放比例</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>缩小 (-)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="56" />
            <source>about a day</source>
            <translation>约一天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="58" />
            <source>about {0} days</source>
            <translation>约 {0} 天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="59" />
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
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="53" />
            <source>for a limited time</source>
            <translation>一段时间</translation>
        </message>
        <message>
            <source>https://example.com/portrait.jpg</source>
            <translation>https://example.com/portrait.jpg</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="241" />
            <source>https://… (a public link)</source>
            <translation>https://…（公开链接）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="240" />
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
            <source>none usable</source>
            <translation>无可用密钥环</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>未发送</translation>
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
            <source>{model} cannot take images over the {protocol} protocol. Pick a model that accepts images (for GPT, use the OpenAI protocol).</source>
            <translation>{model} 无法通过 {protocol} 协议接收图片。请选择支持图片的模型（GPT 请使用 OpenAI 协议）。</translation>
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
            <source>{n} images</source>
            <translation>{n} 张图片</translation>
        </message>
        <message>
            <source>{n} links</source>
            <translation>{n} 个链接</translation>
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
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="42" />
            <source>A desktop client for the GlobalAI OPC gateway: chat with GPT, Claude and Gemini, generate images and videos, and keep what you make.</source>
            <translation>GlobalAI OPC 网关的桌面客户端：与 GPT、Claude 和 Gemini 聊天，生成图片和视频，并保存你的作品。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="23" />
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="24" />
            <source>About GlobalAI Desktop</source>
            <translation>关于 GlobalAI Desktop</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="65" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="58" />
            <source>Copy Details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="36" />
            <source>GlobalAI Desktop logo</source>
            <translation>GlobalAI Desktop 徽标</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="28" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="25" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/about.py" line="41" />
            <source>Version {v}</source>
            <translation>版本 {v}</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyPage</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="43" />
            <source>API &amp;key:</source>
            <translation>API 密钥(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="80" />
            <source>Connection test results</source>
            <translation>连接测试结果</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="103" />
            <source>Demo mode uses the built-in simulator's key. Nothing is saved.</source>
            <translation>演示模式使用内置模拟器的密钥，不会保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="56" />
            <source>Keep it for this session only</source>
            <translation>仅在本次会话中保留</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="123" />
            <source>Keep the key for this session only, or set the environment variable {var} before starting the app.</source>
            <translation>可以仅在本次会话中保留密钥，或在启动应用前设置环境变量 {var}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="115" />
            <source>Keyring in use: {name}</source>
            <translation>正在使用的密钥环：{name}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="120" />
            <source>No usable system keyring: {reason}.</source>
            <translation>没有可用的系统密钥环：{reason}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="110" />
            <source>One key works for chat, images and videos. It is never written to settings or logs.</source>
            <translation>同一个密钥可用于聊天、图片和视频，且绝不会写入设置或日志。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="39" />
            <source>Paste the key from the GlobalAI OPC team</source>
            <translation>粘贴 GlobalAI OPC 团队提供的密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="53" />
            <source>Remember the key in the system keyring</source>
            <translation>在系统密钥环中记住密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="73" />
            <source>Storage:</source>
            <translation>存储：</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="75" />
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="77" />
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="113" />
            <source>The system keyring is not used in demo mode.</source>
            <translation>演示模式下不使用系统密钥环。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="106" />
            <source>This key comes from the environment variable {var}. It overrides any saved key; unset the variable to use a key saved here.</source>
            <translation>此密钥来自环境变量 {var}，会覆盖已保存的密钥；若要使用此处保存的密钥，请取消设置该变量。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/api_key_page.py" line="119" />
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
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="73" />
            <source>Approved assets</source>
            <translation>已通过审核的素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="69" />
            <source>Choose a registered asset</source>
            <translation>选择已登记的素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="82" />
            <source>Field to put the asset in</source>
            <translation>素材要填入的字段</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="85" />
            <source>Put it in</source>
            <translation>填入</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="68" />
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
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="155" />
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="147" />
            <source>&amp;Link</source>
            <translation>链接(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="160" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="301" />
            <source>Add at least one link, one per line.</source>
            <translation>请至少添加一个链接，每行一个。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="188" />
            <source>All audio</source>
            <translation>全部为音频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="187" />
            <source>All images</source>
            <translation>全部为图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="187" />
            <source>All videos</source>
            <translation>全部为视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="208" />
            <source>Approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="106" />
            <source>Ask the server for the review status now</source>
            <translation>立即向服务器查询审核状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="93" />
            <source>Asset id</source>
            <translation>素材 ID</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="81" />
            <source>Asset status message</source>
            <translation>素材状态消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="96" />
            <source>Asset table columns</source>
            <translation>素材表格列</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="152" />
            <source>Audio (wav or mp3)</source>
            <translation>音频（wav 或 mp3）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="310" />
            <source>Cannot tell whether these are images, videos or audio; choose the kind below the box: {0}</source>
            <translation>无法判断这些是图片、视频还是音频，请在输入框下方选择类型：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="216" />
            <source>Checked</source>
            <translation>已检查</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="341" />
            <source>Checked {0}: {1} approved.</source>
            <translation>已检查 {0} 个：{1} 个已通过。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="358" />
            <source>Copied asset://{0}</source>
            <translation>已复制 asset://{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="112" />
            <source>Copy asset://ID to the clipboard</source>
            <translation>将 asset://ID 复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="111" />
            <source>Copy reference</source>
            <translation>复制引用</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="254" />
            <source>Could not {0}: {1}</source>
            <translation>无法{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="374" />
            <source>Delete assets</source>
            <translation>删除素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="114" />
            <source>Delete the selected assets</source>
            <translation>删除所选素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="366" />
            <source>Delete {0} asset(s)?</source>
            <translation>删除 {0} 个素材？</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="387" />
            <source>Deleted {0} asset(s).</source>
            <translation>已删除 {0} 个素材。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="113" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="152" />
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="65" />
            <source>Faces and avatars must be registered and approved before Seedance 2.0 or SD2 Manxue may use them. Give a public link; the server fetches the file.</source>
            <translation>人脸和虚拟形象必须先登记并通过审核，才能在 Seedance 2.0 或 SD2 Manxue 中使用。请提供公开链接，服务器会自行获取文件。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="151" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="186" />
            <source>Kind from file extension</source>
            <translation>按文件扩展名判断类型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="150" />
            <source>Kind of media</source>
            <translation>媒体类型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="185" />
            <source>Kind of the links</source>
            <translation>链接的类型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="92" />
            <source>Library</source>
            <translation>素材库</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="93" />
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="175" />
            <source>Links to submit, one per line</source>
            <translation>要提交的链接，每行一个</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="92" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="158" />
            <source>Name of the asset (optional)</source>
            <translation>素材名称（可选）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="176" />
            <source>One public link per line:
https://example.com/portrait.jpg
https://example.com/reference.mp4</source>
            <translation>每行一个公开链接：
https://example.com/portrait.jpg
https://example.com/reference.mp4</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="281" />
            <source>Paste the public link of the image, video or audio first.</source>
            <translation>请先粘贴图片、视频或音频的公开链接。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="143" />
            <source>Public link of the media to register</source>
            <translation>要登记的媒体的公开链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="109" />
            <source>Put this approved asset into the video form</source>
            <translation>将此已通过审核的素材填入视频表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="56" />
            <source>Reference assets</source>
            <translation>参考素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="105" />
            <source>Refresh status</source>
            <translation>刷新状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="326" />
            <source>Refused: {0}</source>
            <translation>被拒绝：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="161" />
            <source>Register</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="163" />
            <source>Register the link in the Seedance 2.0 library</source>
            <translation>在 Seedance 2.0 素材库中登记此链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="294" />
            <source>Registered as {0}; it is under review and checked automatically.</source>
            <translation>已登记为 {0}，正在审核中，系统会自动检查。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="88" />
            <source>Registered assets</source>
            <translation>已登记的素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="208" />
            <source>Rejected</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="93" />
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="207" />
            <source>SD2 Manxue</source>
            <translation>SD2 Manxue</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="170" />
            <source>SD2 Manxue batch</source>
            <translation>SD2 Manxue 批量提交</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="372" />
            <source>SD2 Manxue has no delete: those are only removed from this list.</source>
            <translation>SD2 Manxue 不支持删除：这些素材只会从此列表中移除。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="207" />
            <source>Seedance 2.0</source>
            <translation>Seedance 2.0</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="368" />
            <source>Seedance 2.0 assets are deleted on the server for good; tasks still using them may fail. Videos already made are not affected.</source>
            <translation>Seedance 2.0 素材会在服务器上永久删除，仍在使用它们的任务可能会失败。已生成的视频不受影响。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="138" />
            <source>Seedance 2.0 library</source>
            <translation>Seedance 2.0 素材库</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="191" />
            <source>Submit batch</source>
            <translation>批量提交</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="193" />
            <source>Submit the links to SD2 Manxue for review</source>
            <translation>将这些链接提交给 SD2 Manxue 审核</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="209" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="350" />
            <source>This asset is not approved yet, so it cannot be used.</source>
            <translation>此素材尚未通过审核，暂时无法使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="92" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="209" />
            <source>Under review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="108" />
            <source>Use in form</source>
            <translation>填入表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="151" />
            <source>Video (480p or 720p)</source>
            <translation>视频（480p 或 720p）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="388" />
            <source>delete the asset</source>
            <translation>删除素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="144" />
            <source>https://example.com/portrait.jpg</source>
            <translation>https://example.com/portrait.jpg</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="159" />
            <source>optional label</source>
            <translation>可选标签</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="342" />
            <source>refresh the asset status</source>
            <translation>刷新素材状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="296" />
            <source>register the asset</source>
            <translation>登记素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="329" />
            <source>submit the SD2 Manxue batch</source>
            <translation>批量提交到 SD2 Manxue</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/assets_panel.py" line="324" />
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
        <name>CatalogForm</name>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="73" />
            <source>&amp;Model</source>
            <translation>模型(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="352" />
            <source>Choose</source>
            <translation>选择</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="293" />
            <source>Describe what you want to see…</source>
            <translation>描述你想看到的画面…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="367" />
            <source>First / last frame</source>
            <translation>首帧 / 尾帧</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="49" />
            <source>Generation settings</source>
            <translation>生成设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="321" />
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="352" />
            <source>Input mode</source>
            <translation>输入方式</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="69" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="104" />
            <source>Problems with these settings</source>
            <translation>这些设置存在问题</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="367" />
            <source>References</source>
            <translation>参考素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="368" />
            <source>Text only</source>
            <translation>仅文本</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="408" />
            <source>Typical wait: {wait}.</source>
            <translation>通常需要等待：{wait}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="368" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_form.py" line="300" />
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
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="34" />
            <source>Conversation (*.json);;All files (*)</source>
            <translation>对话 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="27" />
            <source>Export conversation</source>
            <translation>导出对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="33" />
            <source>Import conversation</source>
            <translation>导入对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="26" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/file_dialogs.py" line="25" />
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
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="361" />
            <source>Ask {model} anything.
Replies stream in as they are written; Esc stops them.</source>
            <translation>向 {model} 提任何问题。
回复会边生成边显示，按 Esc 可停止。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="55" />
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/actions.py" line="77" />
            <source>Could not import {name}: {reason}</source>
            <translation>无法导入 {name}：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/actions.py" line="81" />
            <source>Imported “{title}”.</source>
            <translation>已导入“{title}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="358" />
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/actions.py" line="70" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="260" />
            <source>The file could not be written: {reason}</source>
            <translation>无法写入文件：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/chat_tab.py" line="264" />
            <source>complete the chat action</source>
            <translation>完成聊天操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/actions.py" line="56" />
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
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="143" />
            <source>Conversation list</source>
            <translation>对话列表</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="92" />
            <source>Conversations</source>
            <translation>对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="280" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="235" />
            <source>Deleted “{title}”.</source>
            <translation>已删除“{title}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="118" />
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="278" />
            <source>Export as JSON…</source>
            <translation>导出为 JSON…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="115" />
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="277" />
            <source>Export as Markdown…</source>
            <translation>导出为 Markdown…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="108" />
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="109" />
            <source>Import and export</source>
            <translation>导入和导出</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="112" />
            <source>Import conversation (JSON)…</source>
            <translation>导入对话 (JSON)…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="99" />
            <source>New chat</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="101" />
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="210" />
            <source>New conversation</source>
            <translation>新对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="204" />
            <source>No conversation matches “{q}”.</source>
            <translation>没有与“{q}”匹配的对话。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="205" />
            <source>No conversations yet.</source>
            <translation>还没有对话。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="249" />
            <source>Rename conversation</source>
            <translation>重命名对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="276" />
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="131" />
            <source>Search conversations</source>
            <translation>搜索对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="132" />
            <source>Search titles and messages</source>
            <translation>搜索标题和消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="102" />
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>开始新对话 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="249" />
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="170" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/conversation_list.py" line="172" />
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
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="353" />
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="352" />
            <source>On</source>
            <translation>开</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="48" />
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="40" />
            <source>Chat with GPT, Claude and Gemini, and create images and videos through the GlobalAI OPC gateway. To begin, paste the API key you received from the GlobalAI OPC team.</source>
            <translation>通过 GlobalAI OPC 网关与 GPT、Claude 和 Gemini 聊天，并创作图片和视频。首先，请粘贴 GlobalAI OPC 团队提供给你的 API 密钥。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="36" />
            <source>GlobalAI Desktop logo</source>
            <translation>GlobalAI Desktop 徽标</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="83" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="72" />
            <source>No key yet? The demo runs every tab against a built-in simulator, no account needed.</source>
            <translation>还没有密钥？演示模式下所有标签页都连接内置模拟器，无需账户。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="59" />
            <source>No usable system keyring: {reason}. The key will be kept for this session only; to avoid typing it each time, set the environment variable {var}.</source>
            <translation>没有可用的系统密钥环：{reason}。密钥仅在本次会话中保留；如不想每次都输入，请设置环境变量 {var}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="56" />
            <source>Remember the key (no system keyring available)</source>
            <translation>记住密钥（没有可用的系统密钥环）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="64" />
            <source>Remember the key in the system keyring</source>
            <translation>在系统密钥环中记住密钥</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="76" />
            <source>Save and Continue</source>
            <translation>保存并继续</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="66" />
            <source>Stored by: {name}. The key is never written to settings or logs.</source>
            <translation>存储位置：{name}。密钥绝不会写入设置或日志。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="80" />
            <source>Try the Demo</source>
            <translation>试用演示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="28" />
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="29" />
            <location filename="../../globalai_desktop/ui/dialogs/first_run.py" line="39" />
            <source>Welcome to GlobalAI Desktop</source>
            <translation>欢迎使用 GlobalAI Desktop</translation>
        </message>
    </context>
    <context>
        <name>GalleryDelegate</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="58" />
            <source>File missing</source>
            <translation>文件丢失</translation>
        </message>
    </context>
    <context>
        <name>GalleryModel</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery_model.py" line="98" />
            <source>Image: {prompt}</source>
            <translation>图片：{prompt}</translation>
        </message>
    </context>
    <context>
        <name>GalleryView</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="119" />
            <source>Gallery of generated images</source>
            <translation>生成图片的画廊</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/gallery.py" line="139" />
            <source>Your images will appear here.
Write a prompt and press Generate.</source>
            <translation>生成的图片会显示在这里。
输入提示词，然后点击“生成”。</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="237" />
            <source>Delete this video</source>
            <translation>删除此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="337" />
            <source>Delete this video and its file?

{0}</source>
            <translation>删除此视频及其文件？

{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="336" />
            <source>Delete video</source>
            <translation>删除视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="236" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="231" />
            <source>Fill the form with this video's prompt and settings</source>
            <translation>用此视频的提示词和设置填写表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="166" />
            <source>Filter by prompt…</source>
            <translation>按提示词筛选…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="165" />
            <source>Filter videos by prompt</source>
            <translation>按提示词筛选视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="180" />
            <source>Generated videos</source>
            <translation>已生成的视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="369" />
            <source>Made</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="368" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="227" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="227" />
            <source>Play this video</source>
            <translation>播放此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="216" />
            <source>Prompt of the selected video</source>
            <translation>所选视频的提示词</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="230" />
            <source>Reuse settings</source>
            <translation>复用设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="359" />
            <source>Select a video to see its prompt and settings.</source>
            <translation>选择一个视频以查看其提示词和设置。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="233" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="234" />
            <source>Show this video in its folder</source>
            <translation>在文件夹中显示此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="370" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="153" />
            <source>Video history</source>
            <translation>视频历史记录</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/history_panel.py" line="370" />
            <source>{0:.1f} MB</source>
            <translation>{0:.1f} MB</translation>
        </message>
    </context>
    <context>
        <name>ImageActions</name>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="73" />
            <source>Add this image's link to the reference images</source>
            <translation>将此图片的链接添加到参考图</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="74" />
            <source>Animate</source>
            <translation>生成视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="65" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="66" />
            <source>Copy the image to the clipboard</source>
            <translation>将图片复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="177" />
            <source>Could not delete {name}: {reason}</source>
            <translation>无法删除 {name}：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="170" />
            <source>Delete images</source>
            <translation>删除图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="168" />
            <source>Delete these {n} images?

Their files are removed from your disk.</source>
            <translation>删除这 {n} 张图片？

它们的文件将从磁盘中删除。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="165" />
            <source>Delete this image?

{name}

The file is removed from your disk.</source>
            <translation>删除此图片？

{name}

文件将从磁盘中删除。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="76" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="70" />
            <source>Fill the form with this image's prompt and settings</source>
            <translation>用此图片的提示词和设置填写表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="152" />
            <source>Image copied to the clipboard.</source>
            <translation>图片已复制到剪贴板。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="204" />
            <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.webp);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="75" />
            <source>Open the Video tab with this image as the first frame</source>
            <translation>打开“视频”标签页，以此图片作为首帧</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="68" />
            <source>Open the folder that holds this file</source>
            <translation>打开此文件所在的文件夹</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="69" />
            <source>Reuse settings</source>
            <translation>复用设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="63" />
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="203" />
            <source>Save image as</source>
            <translation>图片另存为</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="137" />
            <source>Saved a copy as {name}.</source>
            <translation>已另存副本为 {name}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="67" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="118" />
            <source>That did not work: {reason}</source>
            <translation>操作失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="146" />
            <source>The image file is missing or cannot be read.</source>
            <translation>图片文件丢失或无法读取。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="100" />
            <source>The server link of this image has expired; it can no longer be sent as a reference.</source>
            <translation>此图片的服务器链接已过期，无法再作为参考图发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/actions.py" line="71" />
            <source>Use as reference</source>
            <translation>用作参考图</translation>
        </message>
    </context>
    <context>
        <name>ImagePreview</name>
        <message numerus="yes">
            <location filename="../../globalai_desktop/ui/image/preview.py" line="258" />
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n 个链接</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="137" />
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="135" />
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="129" />
            <location filename="../../globalai_desktop/ui/image/preview.py" line="131" />
            <source>Image actions</source>
            <translation>图片操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="122" />
            <source>Image details</source>
            <translation>图片详情</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="191" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="99" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="109" />
            <location filename="../../globalai_desktop/ui/image/preview.py" line="111" />
            <source>Preview tools</source>
            <translation>预览工具</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="184" />
            <source>Select an image to preview it.</source>
            <translation>选择一张图片进行预览。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="231" />
            <source>Server link valid for about {h} h (usable as a reference).</source>
            <translation>服务器链接约 {h} 小时内有效（可用作参考图）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="234" />
            <source>The server link has expired; the file here is yours to keep.</source>
            <translation>服务器链接已过期；本地文件仍可保留。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="199" />
            <source>This image file is missing or cannot be read.</source>
            <translation>此图片文件丢失或无法读取。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="149" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="144" />
            <source>Zoom in (+)</source>
            <translation>放大 (+)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="156" />
            <source>Zoom level</source>
            <translation>缩放比例</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="150" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="141" />
            <source>Zoom out (-)</source>
            <translation>缩小 (-)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/preview.py" line="162" />
            <source>{pct}%</source>
            <translation>{pct}%</translation>
        </message>
    </context>
    <context>
        <name>ImageTab</name>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="267" />
            <source>1 image</source>
            <translation>1 张图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="311" />
            <source>Added as a reference image.</source>
            <translation>已添加为参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="100" />
            <source>Create an image</source>
            <translation>创建图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="136" />
            <source>Filter by prompt…</source>
            <translation>按提示词筛选…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="135" />
            <source>Filter images by prompt</source>
            <translation>按提示词筛选图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="199" />
            <source>Fix the settings above, then press Generate.</source>
            <translation>请先修正上方的设置，再点击“生成”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="113" />
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="215" />
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="115" />
            <source>Generate image</source>
            <translation>生成图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="67" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="299" />
            <source>Prompt and settings restored.</source>
            <translation>已恢复提示词和设置。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="116" />
            <source>Send the prompt (Ctrl+Enter)</source>
            <translation>发送提示词 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="203" />
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="219" />
            <source>Sent. The image appears in the gallery when it is ready.</source>
            <translation>已发送。图片生成后会显示在画廊中。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="328" />
            <source>The Video tab could not take this image.</source>
            <translation>“视频”标签页无法使用此图片。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="325" />
            <source>The Video tab is not available.</source>
            <translation>“视频”标签页不可用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="301" />
            <source>The model {model} is no longer offered; only the prompt was restored.</source>
            <translation>模型 {model} 已不再提供，仅恢复了提示词。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="319" />
            <source>This image's server link has expired, so it cannot be sent to the Video tab.</source>
            <translation>此图片的服务器链接已过期，无法发送到“视频”标签页。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="307" />
            <source>This image's server link has expired, so it cannot be used as a reference.</source>
            <translation>此图片的服务器链接已过期，无法用作参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="313" />
            <source>This model's reference list is full or it takes no reference images.</source>
            <translation>此模型的参考图已满，或不支持参考图。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="365" />
            <source>finish the image action</source>
            <translation>完成图片操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/image_tab.py" line="267" />
            <source>{n} images</source>
            <translation>{n} 张图片</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="174" />
            <source>&amp;About GlobalAI Desktop</source>
            <translation>关于 GlobalAI Desktop(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="131" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="155" />
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="166" />
            <source>&amp;Documentation</source>
            <translation>文档(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="124" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="111" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="164" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="155" />
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="132" />
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="119" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="128" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="113" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="150" />
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="127" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="143" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="41" />
            <source>Chat</source>
            <translation>聊天</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="130" />
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="154" />
            <source>Follow the &amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="53" />
            <location filename="../../globalai_desktop/ui/main_window.py" line="54" />
            <location filename="../../globalai_desktop/ui/main_window.py" line="214" />
            <source>GlobalAI Desktop</source>
            <translation>GlobalAI Desktop</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="41" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="170" />
            <source>Open &amp;Log Folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/main_window.py" line="134" />
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
            <location filename="../../globalai_desktop/ui/main_window.py" line="215" />
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
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="101" />
            <source>Conversation</source>
            <translation>对话</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="115" />
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="385" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="125" />
            <location filename="../../globalai_desktop/ui/chat/message_view.py" line="127" />
            <source>Show earlier messages</source>
            <translation>显示更早的消息</translation>
        </message>
    </context>
    <context>
        <name>MessageWidget</name>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="242" />
            <source>(broken image)</source>
            <translation>（图片已损坏）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="208" />
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="64" />
            <source>Assistant reply</source>
            <translation>助手回复</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="125" />
            <source>Attached image {name}</source>
            <translation>已附加图片 {name}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="355" />
            <source>Code copied.</source>
            <translation>代码已复制。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="146" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="146" />
            <source>Copy this message</source>
            <translation>复制此消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="148" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="149" />
            <source>Edit this message and send it again</source>
            <translation>编辑此消息并重新发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="345" />
            <source>Message copied.</source>
            <translation>消息已复制。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="98" />
            <source>Message text</source>
            <translation>消息内容</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="154" />
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="151" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="152" />
            <source>Send this again</source>
            <translation>重新发送此消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="155" />
            <source>Write this reply again</source>
            <translation>重新生成此回复</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="205" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="64" />
            <source>Your message</source>
            <translation>你的消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="279" />
            <source>in {n}</source>
            <translation>输入 {n}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="257" />
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="258" />
            <source>not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="281" />
            <source>out {n}</source>
            <translation>输出 {n}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="256" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="255" />
            <source>writing…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/chat/message_widget.py" line="282" />
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
            <location filename="../../globalai_desktop/app_shell.py" line="335" />
            <source>Administrator file</source>
            <translation>管理员配置文件</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="336" />
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="233" />
            <source>Demo mode: everything is answered by a built-in simulator. Nothing is sent to GlobalAI and nothing is billed.</source>
            <translation>演示模式：所有请求都由内置模拟器应答，不会发送到 GlobalAI，也不会产生费用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="339" />
            <source>Keyring</source>
            <translation>密钥环</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="338" />
            <source>Log folder</source>
            <translation>日志文件夹</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="337" />
            <source>Media library</source>
            <translation>媒体库</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="341" />
            <source>Model catalog</source>
            <translation>模型目录</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="334" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="139" />
            <source>The model catalog file {file} could not be used ({reason}). The built-in catalog is in use.</source>
            <translation>无法使用模型目录文件 {file}（{reason}），已改用内置目录。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="340" />
            <source>none usable</source>
            <translation>无可用密钥环</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="330" />
            <source>{file} (in use)</source>
            <translation>{file}（使用中）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="331" />
            <source>{file} (none)</source>
            <translation>{file}（不存在）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="330" />
            <source>{file} ({error})</source>
            <translation>{file}（{error}）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/app_shell.py" line="260" />
            <source>{reason} The key is kept for this session only.</source>
            <translation>{reason} 密钥仅在本次会话中保留。</translation>
        </message>
    </context>
    <context>
        <name>TaskCard</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="160" />
            <source>(no prompt)</source>
            <translation>（无提示词）</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="115" />
            <source>Check again</source>
            <translation>再次检查</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="116" />
            <source>Check on this task again</source>
            <translation>再次检查此任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="87" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="126" />
            <source>More actions</source>
            <translation>更多操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="125" />
            <source>More actions for this task</source>
            <translation>此任务的更多操作</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="111" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="112" />
            <source>Play this video</source>
            <translation>播放此视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="135" />
            <source>Remove from the queue</source>
            <translation>从队列中移除</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="86" />
            <source>Resubmit</source>
            <translation>重新提交</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="133" />
            <source>Resubmit as a new task…</source>
            <translation>作为新任务重新提交…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="119" />
            <source>Resubmit…</source>
            <translation>重新提交…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="86" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="120" />
            <source>Send the same request again as a new task</source>
            <translation>将相同的请求作为新任务再次发送</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="85" />
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="131" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="114" />
            <source>Stop checking on this task</source>
            <translation>停止检查此任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="85" />
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="113" />
            <source>Stop tracking</source>
            <translation>停止跟踪</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="73" />
            <source>Task progress</source>
            <translation>任务进度</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="126" />
            <source>Task: {state}, {prompt}</source>
            <translation>任务：{state}，{prompt}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="212" />
            <source>took {0}</source>
            <translation>耗时 {0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="164" />
            <source>{0} video task, {1}: {2}</source>
            <translation>{0} 视频任务，{1}：{2}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="209" />
            <source>{0} · usually {1}</source>
            <translation>{0} · 通常需要 {1}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/task_card.py" line="159" />
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
            <location filename="../../globalai_desktop/services/tasks.py" line="411" />
            <source>Expired: the server no longer keeps this result (results are kept for a limited time, about a day).</source>
            <translation>已过期：服务器已不再保留此结果（结果仅保留有限时间，约一天）。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="341" />
            <source>Failed: {reason}</source>
            <translation>失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="397" />
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
            <location filename="../../globalai_desktop/services/tasks.py" line="363" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="202" />
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="464" />
            <source>The app closed while this request was being sent. The task may exist on the server and may be billed; it was not sent again.</source>
            <translation>发送此请求时应用已关闭。该任务可能已在服务器上创建并可能产生费用，因此没有重新发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="466" />
            <source>The request was sent but no answer came back. The task may exist on the server and may be billed, so it was not sent again. Check your account before you resubmit.</source>
            <translation>请求已发出，但没有收到应答。该任务可能已在服务器上创建并可能产生费用，因此没有重新发送。重新提交前请先检查你的账户。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="393" />
            <source>The result could not be downloaded: {reason}</source>
            <translation>无法下载结果：{reason}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/services/tasks.py" line="387" />
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
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="158" />
            <source>Generation tasks</source>
            <translation>生成任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="38" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} 小时 {m:02d} 分</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/image/task_strip.py" line="35" />
            <source>{s} s</source>
            <translation>{s} 秒</translation>
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
        <name>UrlListEditor</name>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="259" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="261" />
            <source>Add link to {label}</source>
            <translation>向{label}添加链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="255" />
            <source>New link for {label}</source>
            <translation>{label}的新链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="279" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="281" />
            <source>Remove selected links</source>
            <translation>移除所选链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="333" />
            <source>{n} links</source>
            <translation>{n} 个链接</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/widgets/catalog_fields.py" line="331" />
            <source>{n} of {max} links</source>
            <translation>{n} / {max} 个链接</translation>
        </message>
    </context>
    <context>
        <name>VideoFormPanel</name>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="174" />
            <source>About this model family</source>
            <translation>关于此模型系列</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="331" />
            <source>About {0}</source>
            <translation>关于 {0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="287" />
            <source>Added {0} to “{1}”.</source>
            <translation>已将 {0} 添加到“{1}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="338" />
            <source>Checked every {0} s while it is made (the provider asks for no more often). The server keeps the result {1}; it is saved to your library as soon as it is ready.</source>
            <translation>生成期间每 {0} 秒检查一次（服务商要求不要更频繁）。服务器会保留结果{1}；结果一旦就绪就会保存到你的媒体库。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="337" />
            <source>Cost: {0}</source>
            <translation>费用：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="153" />
            <source>Faces and avatars must be registered (Assets tab) and approved before use.</source>
            <translation>人脸和虚拟形象必须先登记（“素材”标签页）并通过审核才能使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="220" />
            <source>Fix the settings listed above; nothing was sent.</source>
            <translation>请修正上面列出的设置；请求未发送。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="188" />
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="190" />
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="210" />
            <source>Generate video</source>
            <translation>生成视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="122" />
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="130" />
            <source>New video</source>
            <translation>新建视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="295" />
            <source>No approved assets for this model yet. Register one in the Assets tab; it can be used once the review approves it.</source>
            <translation>此模型还没有通过审核的素材。请在“素材”标签页中登记，审核通过后即可使用。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="152" />
            <source>Put an approved asset into the form</source>
            <translation>将已通过审核的素材填入表单</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="191" />
            <source>Send this request (Ctrl+Enter)</source>
            <translation>发送此请求 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="210" />
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="185" />
            <source>Submission status</source>
            <translation>提交状态</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="255" />
            <source>The image is set as “{0}” for {1}.</source>
            <translation>图片已设为 {1} 的“{0}”。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="230" />
            <source>The model {0} is no longer offered; choose another one.</source>
            <translation>模型 {0} 已不再提供，请选择其他模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="267" />
            <source>This model does not take registered assets; choose a Seedance or SD2 Manxue model.</source>
            <translation>此模型不支持已登记的素材，请选择 Seedance 或 SD2 Manxue 模型。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="334" />
            <source>Typical wait: {0}.</source>
            <translation>通常需要等待：{0}。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="150" />
            <source>Use a registered asset…</source>
            <translation>使用已登记的素材…</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/video/form_panel.py" line="281" />
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
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="114" />
            <source>Assets</source>
            <translation>素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="113" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="109" />
            <source>History and assets</source>
            <translation>历史记录和素材</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="123" />
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="292" />
            <source>Resubmit video</source>
            <translation>重新提交视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="287" />
            <source>Send the same request again as a new task?

It is generated and billed again.</source>
            <translation>将相同的请求作为新任务再次发送？

它会重新生成并再次计费。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="342" />
            <source>Sent. Follow it in the queue; you can keep working.</source>
            <translation>已发送。可在队列中查看进度，你可以继续其他工作。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="207" />
            <source>The file is no longer there: {0}</source>
            <translation>文件已不存在：{0}</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="290" />
            <source>The first request may exist on the server and may be billed; check your account first.</source>
            <translation>第一次的请求可能已在服务器上创建并可能产生费用，请先检查你的账户。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="331" />
            <source>The video was not sent. Your prompt and settings are kept.</source>
            <translation>视频请求未发送。你的提示词和设置已保留。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="53" />
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="254" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="253" />
            <source>Video cancelled</source>
            <translation>视频已取消</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="254" />
            <source>Video expired</source>
            <translation>视频已过期</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="252" />
            <source>Video failed</source>
            <translation>视频生成失败</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="251" />
            <source>Video ready</source>
            <translation>视频已就绪</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="99" />
            <source>Video tab message</source>
            <translation>视频标签页消息</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="281" />
            <source>asset://{0} is in the form.</source>
            <translation>asset://{0} 已填入表单。</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="157" />
            <source>check on the task</source>
            <translation>查询任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="160" />
            <source>remove the task</source>
            <translation>移除任务</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="302" />
            <source>resubmit the video</source>
            <translation>重新提交视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="333" />
            <source>start the video</source>
            <translation>开始生成视频</translation>
        </message>
        <message>
            <location filename="../../globalai_desktop/ui/tabs/video_tab.py" line="155" />
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
            <location filename="../../globalai_desktop/ui/image/preview.py" line="33" />
            <source>Image preview</source>
            <translation>图片预览</translation>
        </message>
    </context>
</TS>
