-- The demo gearbox's first operation (GEARBOX-A, 10: turn shaft seats at CNC-01) with a work instruction: two steps,
-- the first with a sketch of the shaft and its two bearing seats (a 286-byte PNG, inlined as hex), a measurement of
-- the seat diameter (k5 for the 6204 bearing's 20 mm bore: 20.002 to 20.011 mm) and a deburring tick. The fields are not
-- required: the demo's and the system tests' orders complete this operation without recording, and a planner who wants
-- them required says so with PUT /api/execution/work-instructions/GEARBOX-A/10.
insert into work_instruction_image (name, content_type, bytes, sha256, uploaded_at, uploaded_by) values
    ('gearbox-a-shaft-seats.png', 'image/png', decode('89504e470d0a1a0a0000000d49484452000000a00000005a0802000000b0a4ca05000000e54944415478daeddb4b0d80301040c1ded081338ca00055f8212128000ba40be96f9a776fb673dda6e3bcd471c91300166001166001166001062cc0022cc0022cc0020c5880055880055880055880010bb0000bb0000bb0000316e057cd81d3e253d639ef8fc0f73e65d722709df3021e1b7859b7ec220347ee2d55a9790103060c183060c0800103060c183060c0800103060c183060c0800103060c183060c080010306dc0eb0a53b5b95804705b6f8def9e2bbfc4d1260011660c0022cc0022cc0022cc0020c58800558800558800518b0000bb0000bb0000b30600116600116607ddc03847cea745a62176d0000000049454e44ae426082', 'hex'),
     encode(sha256(decode('89504e470d0a1a0a0000000d49484452000000a00000005a0802000000b0a4ca05000000e54944415478daeddb4b0d80301040c1ded081338ca00055f8212128000ba40be96f9a776fb673dda6e3bcd471c91300166001166001166001062cc0022cc0022cc0020c5880055880055880055880010bb0000bb0000bb0000316e057cd81d3e253d639ef8fc0f73e65d722709df3021e1b7859b7ec220347ee2d55a9790103060c183060c0800103060c183060c0800103060c183060c0800103060c183060c080010306dc0eb0a53b5b95804705b6f8def9e2bbfc4d1260011660c0022cc0022cc0022cc0020c58800558800558800518b0000bb0000bb0000b30600116600116607ddc03847cea745a62176d0000000049454e44ae426082', 'hex')), 'hex'), now(), 'demo')
on conflict (name) do nothing;

insert into work_instruction (id, item_code, operation_sequence, content, revision, changed_at, changed_by) values
    ('6f1c2a52-7d4e-4c1b-9a0e-3b1f5d2e8a10', 'GEARBOX-A', 10, '{
       "steps": [
         {"text": "Clamp the shaft between centres and turn both bearing seats to 20 mm k5", "textZh": "在顶尖间夹紧轴，将两个轴承座车削至 20 mm k5", "image": "gearbox-a-shaft-seats.png"},
         {"text": "Deburr the seat shoulders and measure the seat diameter", "textZh": "去除轴承座台肩毛刺并测量轴承座直径", "image": null}
       ],
       "fields": [
         {"code": "SEAT-DIA", "label": "Bearing seat diameter", "labelZh": "轴承座直径", "kind": "MEASUREMENT", "unit": "mm", "lowerLimit": "20.002", "upperLimit": "20.011", "required": false},
         {"code": "DEBURRED", "label": "Seat shoulders deburred", "labelZh": "轴承座台肩已去毛刺", "kind": "CHECKBOX", "unit": null, "lowerLimit": null, "upperLimit": null, "required": false}
       ]
     }'::jsonb, 1, now(), 'demo')
on conflict (item_code, operation_sequence) do nothing;
